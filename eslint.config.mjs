// One lint stack for the whole repo: ESLint's recommended rules plus typescript-eslint.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.next/**",
      "**/.next-*/**",
      "**/.turbo/**",
      "**/generated/**",
      "**/coverage/**",
      "**/next-env.d.ts",
      "**/test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly" },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  // ── Import style (packages/): relative imports name the module without its extension, as
  // most of the code (and all of apps/web) does. Scoped to packages/ and prisma/ for now; widen
  // the `files` glob to "apps/**" once the web app follows it.
  {
    files: ["packages/**/*.{ts,tsx}", "prisma/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.{1,2}/.*\\.[cm]?tsx?$",
              message:
                'Import relative modules without the extension ("./grade", not "./grade.ts").',
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression > Literal[value=/^\\.{1,2}\\/.*\\.[cm]?tsx?$/]",
          message: 'Import relative modules without the extension ("./grade", not "./grade.ts").',
        },
      ],
    },
  },
);
