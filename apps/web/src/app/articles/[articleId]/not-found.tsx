import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">We couldn&apos;t find that article</h1>
      <p className="text-slate-700">The link may be mistyped, or the article has been removed.</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          Go to your home page
        </Link>{" "}
        to find your assignments and the articles to practice.
      </p>
    </div>
  );
}
