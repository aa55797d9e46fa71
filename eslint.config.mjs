// One lint stack for the whole repo: ESLint's recommended rules plus typescript-eslint.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

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
  // --- apps/web (issue 14) ---------------------------------------------------------------
  // The rules of hooks and React Compiler's checks (eslint-plugin-react-hooks' recommended set)
  // on every component and hook.
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  // ── Import style: modules are named without their extension ("./grade", "~/lib/labels"), as
  // most of the code does, in packages/, prisma/ and apps/ alike.
  {
    files: ["packages/**/*.{ts,tsx}", "prisma/**/*.ts", "apps/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.{1,2}|~)/.*\\.[cm]?tsx?$",
              message: 'Import modules without the extension ("./grade", not "./grade.ts").',
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression > Literal[value=/^(\\.{1,2}|~)\\/.*\\.[cm]?tsx?$/]",
          message: 'Import relative modules without the extension ("./grade", not "./grade.ts").',
        },
      ],
    },
  },
  // ── The environment: read process.env only in an env module (apps/web/src/env.ts,
  // packages/db/src/env.ts), so every setting is named and checked in one place. Exempt: config
  // files read by other tools, command-line scripts and the benchmark harness (they are the
  // process's entry point), and tests (which set up processes of their own).
  {
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read the environment through the package's env module (src/env.ts).",
        },
      ],
    },
  },
  {
    files: [
      "**/env.ts",
      "**/*.config.ts",
      "**/scripts/**",
      "packages/bench/**",
      "**/*.test.ts",
      "**/*.test.tsx",
      "**/testing/**",
      "apps/web/e2e/**",
      // The quality CLI's corpus folder, until @studykit/content has an env module.
      "packages/content/src/quality.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
