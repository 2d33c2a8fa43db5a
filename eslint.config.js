import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Buyer text is attacker-controlled: build DOM with textContent.' },
        { property: 'outerHTML', message: 'Buyer text is attacker-controlled: build DOM with textContent.' },
        { property: 'insertAdjacentHTML', message: 'Buyer text is attacker-controlled: build DOM with textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page or archive text as HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No dynamic code in an MV3 extension.' },
      ],
    },
  },
  { languageOptions: { globals: { ...globals.browser } } },
  { files: ['tests/**', 'tools/**', '*.config.*', '**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
);
