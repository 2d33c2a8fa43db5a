import type { teamWaiting as en } from '../en/team-waiting';

/** 选项 → 团队工作区：本机等待发送到团队服务器的更改，以及它们的结果。 */
export const teamWaiting: Record<keyof typeof en, string> = {
  'teamWaiting.title': '等待团队服务器',
  'teamWaiting.recent': '本页打开以来已发送或被拒绝的更改',
  'teamWaiting.since': '{when}保存',
  'teamWaiting.unnamed': '无名买家',
  'teamWaiting.kind.add': '添加买家：',
  'teamWaiting.kind.edit': '编辑：',
  'teamWaiting.kind.review': '复核：',
  'teamWaiting.kind.extend': '新的复核日期：',
  'teamWaiting.kind.clear': '移出名单：',
  'teamWaiting.kind.reactivate': '重新列入名单：',
  'teamWaiting.what.edit': '{buyer}，更改{fields}',
  'teamWaiting.what.extend': '{buyer}，下次复核日期为{when}',
  'teamWaiting.what.clear': '{buyer}，原因：{why}',
  'teamWaiting.field.buyerNames': '买家姓名',
  'teamWaiting.field.proxyEmails': '买家邮箱',
  'teamWaiting.field.orderIds': '订单',
  'teamWaiting.field.reason': '原因',
  'teamWaiting.field.severity': '严重程度',
  'teamWaiting.field.notes': '备注',
  'teamWaiting.field.evidence': '证据',
  'teamWaiting.more.one': '之后还有 {count} 项更改',
  'teamWaiting.more.other': '之后还有 {count} 项更改',
  'teamWaiting.refusedHelp':
    '团队服务器一有响应，这些更改就会按此顺序发送。如果服务器拒绝其中一项，该更改不会再次发送：它会从此列表中移除，并连同原因显示在“团队未接受的更改”下，团队名单保持原样。如仍有需要，请重新进行该更改。',
  'teamWaiting.sent': '已发送到团队服务器：{kind}{what}',
  'teamWaiting.refused': '团队服务器未接受：{kind}{what}。原因见“团队未接受的更改”。',
};
