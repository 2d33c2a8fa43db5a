import type { clock as english } from '../en/clock';

/** 回复时限：收件箱各行、打开的会话、工具栏徽标、弹出窗口和选项。 */
export const clock: Record<keyof typeof english, string> = {
  'clock.dueIn': '请在 {time}内回复',
  'clock.overdueBy': '已超时 {time}',
  'clock.hint': '亚马逊要求在 24 小时内（包括周末）回复最早一条未回复的买家消息。截止时间：{due}。',
  'clock.badge.title.one': 'Seller Guard：{count} 个买家会话需在 {hours} 小时内回复或已超时（统计范围为本浏览器最近一天看到的会话）',
  'clock.badge.title.other': 'Seller Guard：{count} 个买家会话需在 {hours} 小时内回复或已超时（统计范围为本浏览器最近一天看到的会话）',
  'clock.popup.title': '回复时限',
  'clock.popup.soon.one': '{count} 个会话需在 {hours} 小时内回复',
  'clock.popup.soon.other': '{count} 个会话需在 {hours} 小时内回复',
  'clock.popup.overdue.one': '{count} 个会话已超时',
  'clock.popup.overdue.other': '{count} 个会话已超时',
  'clock.popup.none': '没有需要在 {hours} 小时内回复的会话。',
  'clock.popup.basis.one': '仅统计本浏览器最近一天看到的 {count} 个买家会话，并非整个收件箱。',
  'clock.popup.basis.other': '仅统计本浏览器最近一天看到的 {count} 个买家会话，并非整个收件箱。',
  'options.section.response-clock': '回复时限',
  'clock.options.save': '保存提醒设置',
  'clock.options.warnHours': '剩余多少小时时提醒',
  'clock.options.hint': '在此时限内到期的会话会以琥珀色标记，并计入工具栏徽标。亚马逊要求在 24 小时内回复。',
};
