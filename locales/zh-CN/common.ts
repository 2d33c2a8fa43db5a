import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'app.name': 'Seller Guard',
  'language.auto': '自动（跟随浏览器语言）',
};
