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
  // One import style, as in packages/: modules named without their extension, "~/" paths too.
  {
    files: ["apps/web/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.{1,2}|~)/.*\\.[cm]?tsx?$",
              message: 'Import modules without the extension ("./mix", not "./mix.ts").',
            },
          ],
        },
      ],
    },
  },
  // --- end apps/web -----------------------------------------------------------------------
);
