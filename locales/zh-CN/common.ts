import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'app.name': 'Seller Guard',
  'language.auto': '自动（跟随浏览器语言）',
  'badge.overdue.one': 'Seller Guard：{count} 条观察名单记录待复核',
  'badge.overdue.other': 'Seller Guard：{count} 条观察名单记录待复核',
};
