import type { capture as en } from '../en/capture';

export const capture: Record<keyof typeof en, string> = {
  'capture.panel.label': 'Seller Guard 证据截取',
  'capture.panel.capture': '截取页面',
  'capture.panel.options': '选项',
  'capture.panel.screenshot': '截图',
  'capture.panel.visible': '可见区域',
  'capture.panel.full': '整个页面',
  'capture.panel.tags': '标签（用逗号分隔）',
  'capture.panel.note': '备注',
  'capture.status.progress': '正在截取页面：{done} / {total}…',
  'capture.status.working': '正在截取…',
  'capture.status.unchanged': '自动截取：自证据 #{seq} 以来没有变化，因此未保存新内容。',
  'capture.status.failed': '未截取：{error}',
  'capture.saved': '已保存为证据 #{seq}：{what}（{pictures}）。',
  'capture.savedAuto': '已自动保存为证据 #{seq}：{what}（{pictures}）。',
  'capture.ofOrder': '订单 {orderId} 的{kind}',
  'capture.textOnly': '仅文本和数据',
  'capture.images.visible.one': '可见区域，{count} 张图片',
  'capture.images.visible.other': '可见区域，{count} 张图片',
  'capture.images.full.one': '整个页面，{count} 张图片',
  'capture.images.full.other': '整个页面，{count} 张图片',
};
