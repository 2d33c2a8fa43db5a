import type { teamErrors as en } from '../en/team-errors';

export const teamErrors: Record<keyof typeof en, string> = {
  'error.team-unreachable': '无法连接团队服务器。请检查地址和网络连接。',
  'error.team-not-a-server': '该地址不是 Seller Guard 团队服务器。',
  'error.team-protocol-mismatch': '此扩展程序与团队服务器的协议版本不同。请更新较旧的一方。',
  'error.team-invite-invalid': '此邀请码无效。请检查，或向管理员索取新的邀请码。',
  'error.team-invite-used': '此邀请码已被使用。请向管理员索取新的邀请码。',
  'error.team-invite-expired': '此邀请码已过期。请向管理员索取新的邀请码。',
  'error.team-unauthorised': '团队服务器不认识此安装。请使用新的邀请码重新加入。',
  'error.team-revoked': '管理员已将您移出团队。Seller Guard 已停止同步。',
  'error.team-forbidden': '您在团队中的角色无权执行此操作。',
  'error.team-bad-request': '团队服务器拒绝了此请求。',
  'error.team-too-large': '内容超出团队服务器单次请求可接受的上限。',
  'error.team-not-found': '团队服务器上已没有此项。',
  'error.team-conflict': '有同事先保存了更改。请查看当前版本后重试。',
  'error.team-server-error': '团队服务器暂时无法响应。请稍后重试。',
};
