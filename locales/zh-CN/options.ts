import type { options as en } from '../en/options';

export const options: Record<keyof typeof en, string> = {
  'options.nav': '设置分区',
  'options.section.language': '语言',
  'options.section.settings': '客服与回复设置',
  'options.section.capture': '证据截取',
  'options.section.watchlist': '买家观察名单',
  'options.section.retention': '买家数据保留期限',
  'options.section.verify-export': '验证导出文件',
  'options.section.restore-export': '从导出文件恢复',
  'options.section.audit-log': '审计日志',
  'options.language.label': '界面语言',
  'options.loadingSettings': '正在加载设置…',
  'options.notSaved': '未保存：{error}',
  'options.saved': '已保存。',
  'options.settings.agentName': '您的姓名（将记录在审计日志中）',
  'options.settings.allowedDomains': '回复中允许链接的域名，每行一个（亚马逊自己的网站始终允许）',
  'options.settings.blockedTerms': '您自己的屏蔽词或短语，每行一个',
  'options.settings.save': '保存设置',
};
