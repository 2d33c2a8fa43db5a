import type { teamEdges as en } from '../en/team-edges';

/** 团队工作区的细节：不向审计员提供的操作，以及服务器无法连接时组长所做的操作。 */
export const teamEdges: Record<keyof typeof en, string> = {
  'teamEdges.auditorReadsOnly': '您以审计员身份加入团队：您可以查看观察名单，但只有客服和组长可以添加买家。',
  'teamEdges.importAuditor': '作为审计员，您只能查看团队名单；导入名单仅限客服和组长。',
  'teamEdges.queued.review': '{buyer}：复核已保存在本机。团队服务器暂无响应；服务器恢复后将立即发送。',
  'teamEdges.queued.extend': '{buyer}：新的复核日期已保存在本机。团队服务器暂无响应；服务器恢复后将立即发送。',
  'teamEdges.queued.clear': '{buyer}：移出操作已保存在本机。团队服务器暂无响应；服务器恢复后将立即发送。',
  'teamEdges.queued.behind': '{buyer}：已保存在本机；将在仍等待发送到团队服务器的更改之后发送。',
  'teamEdges.waiting': '等待发送到团队服务器。',
};
