import type { draftPanel as en } from '../en/draft-panel';

export const draftPanel: Record<keyof typeof en, string> = {
  'draft.panel.label': 'Seller Guard 回复检查',
  'draft.panel.blocking.one': '发送将被拦截：有 {count} 处违反亚马逊买家消息政策。',
  'draft.panel.blocking.other': '发送将被拦截：有 {count} 处违反亚马逊买家消息政策。',
  'draft.panel.toCheck.one': '发送前请检查 {count} 处内容。',
  'draft.panel.toCheck.other': '发送前请检查 {count} 处内容。',
  'draft.panel.clean': '未发现问题。',
  'draft.panel.counter': '{length} / {limit} 个字符',
  'draft.panel.over': '（超出上限 {over} 个字符）',
  'draft.panel.instead': '建议：{advice}',
  'draft.dialog.title': 'Seller Guard 已拦截这条回复',
  'draft.dialog.description': '此草稿违反亚马逊买家消息政策，可能导致账户被暂停。消息未发送。',
  'draft.dialog.warnings.one': '另有 {count} 条不拦截发送的警告，列在回复框下方。',
  'draft.dialog.warnings.other': '另有 {count} 条不拦截发送的警告，列在回复框下方。',
  'draft.dialog.back': '返回修改',
  'draft.dialog.reason': '仍要发送的原因（将记录在审计日志中）',
  'draft.dialog.recording': '正在记录…',
  'draft.dialog.sendAnyway': '仍然发送',
  'draft.dialog.recordRefused': '无法记录原因，因此消息未发送：{error}',
};
