// The class join code, with a copy button.
import type { ClassDetail } from "~/components/teacher/types";
import { CopyButton } from "~/components/ui/copy-button";

export function JoinCode({ cls }: { cls: ClassDetail }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <dl>
        <dt className="text-sm text-slate-700">Join code</dt>
        <dd className="font-mono text-2xl font-bold tracking-widest" data-join-code>
          {cls.joinCode}
        </dd>
      </dl>
      <CopyButton text={cls.joinCode} label="Copy join code" />
      <p className="basis-full text-sm text-slate-700 sm:basis-auto sm:flex-1">
        Students with their own account choose &ldquo;Join a class&rdquo; and type this code.
      </p>
    </div>
  );
}
