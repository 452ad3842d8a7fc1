import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "public/build/**",
      "public/scripts/**",
      "app/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "tests/.tmp/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Logs must never carry personal data. App code may call only console.error, and only two
      // places do: logEvent (app/utils/log.server.ts: one JSON line of named fields, which every
      // server log goes through) and the browser's note of an undeclared locale namespace
      // (entry.client.tsx). The scripts, seeds and server.js below may print freely.
      "no-console": ["error", { allow: ["error"] }],
    },
  },
  {
    // Links go through app/components/link.tsx, which is a plain <a> on pages that load no React.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/components/link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@remix-run/react",
              importNames: ["Link", "NavLink"],
              message: "Use Link from ~/components/link.",
            },
          ],
        },
      ],
    },
  },
  // Formatting is Prettier's job (`npm run format`); lint only checks that it was run.
  prettier,
  {
    files: ["server.js", "prisma/seed/**", "scripts/**", "bench/**"],
    rules: { "no-console": "off" },
  },
);
