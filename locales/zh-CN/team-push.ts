import type { teamPush as en } from '../en/team-push';

/** 选项 → 团队工作区：等待发送的内容、冲突、被拒绝的更改；在团队服务器上验证截取记录。 */
export const teamPush: Record<keyof typeof en, string> = {
  'teamPush.waiting.one': '{count} 项更改等待发送',
  'teamPush.waiting.other': '{count} 项更改等待发送',
  'teamPush.nothingWaiting': '没有等待发送的更改',
  'teamPush.auditWaiting.one': '{count} 条审计记录等待发送',
  'teamPush.auditWaiting.other': '{count} 条审计记录等待发送',
  'teamPush.attestWaiting.one': '{count} 条截取记录等待存证',
  'teamPush.attestWaiting.other': '{count} 条截取记录等待存证',
  'teamPush.conflicts.one': '团队名单上有 {count} 个冲突。由组长处理；在此之前您的更改会被保留。',
  'teamPush.conflicts.other': '团队名单上有 {count} 个冲突。由组长处理；在此之前您的更改会被保留。',
  'teamPush.rejectedTitle': '团队未接受的更改',
  'teamPush.rejected.agent-only-adds': '作为客服，您可以添加买家，但只有组长才能修改团队名单上已有的条目。',
  'teamPush.rejected.auditor-reads': '作为审计员，您可以查看团队名单，但不能修改。',
  'teamPush.rejected.server': '团队服务器拒绝了此更改：{message}',
  'teamPush.dismiss': '关闭',
  'teamPush.role.agent': '作为客服，您负责添加买家；由组长编辑、复核和清除团队名单上的条目。',
  'teamPush.role.auditor': '作为审计员，您可以查看团队名单和审计记录，但不能修改。',
  'teamPush.verify': '在团队服务器上验证',
  'teamPush.verifying': '正在询问团队服务器…',
  'teamPush.verify.attested': '由 {agent} 于 {when} 存证（截取于 {captured}）',
  'teamPush.verify.never-seen': '团队服务器从未收到过此截取记录。',
  'teamPush.verify.not-joined': '请先在选项中加入团队工作区，才能在其服务器上验证。',
  'teamPush.verify.not-a-hash': '这不是 SHA-256 哈希值（64 位十六进制数字）。',
  'teamPush.verify.failed': '无法询问团队服务器。{problem}',
  'teamPush.verify.hashLabel': '截取记录哈希值（SHA-256）',
};
