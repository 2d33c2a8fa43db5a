import type { StarterTemplate } from './starter-template';

/** The English starter templates (one per common case; ids end in `-en`). */
export const STARTER_EN: readonly StarterTemplate[] = [
  {
    key: 'shipping-delay',
    name: 'Shipping delay',
    reason: 'shipping-problem',
    body: 'Hello {buyerName},\n\nWe are sorry: your order {orderId} ({productTitle}) is taking longer to ship than planned. We now expect to hand it to {carrier} by {shipDate}, and we will send you the tracking details as soon as it has shipped.\n\nThank you for your patience.\n{agentName}',
  },
  {
    key: 'tracking-information',
    name: 'Tracking information',
    reason: 'shipping-problem',
    body: 'Hello {buyerName},\n\nYour order {orderId} shipped on {shipDate} with {carrier}. The tracking number is {trackingId}; you can also follow the parcel under Your Orders on Amazon.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'delivery-estimate',
    name: 'Delivery estimate',
    reason: 'shipping-problem',
    body: 'Hello {buyerName},\n\nYour order {orderId} is on its way with {carrier} and should arrive by {deliveryDate}. If it has not arrived by then, please reply to this message and we will look into it.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'address-change',
    name: 'Address change not possible',
    reason: 'confirm-details',
    body: 'Hello {buyerName},\n\nThank you for letting us know. We are sorry, but we cannot change the delivery address of order {orderId}: we may only ship to the address given in the order on Amazon. If the address is wrong, you can cancel the order under Your Orders on Amazon while it has not shipped and place a new order with the right address.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'invoice-attached',
    name: 'Invoice attached',
    reason: 'invoice',
    body: 'Hello {buyerName},\n\nPlease find the invoice for your order {orderId} attached to this message.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'where-is-my-order-delivered',
    name: 'Where is my order (shown as delivered)',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nThank you for your message about order {orderId}. {carrier} shows the parcel as delivered on {deliveryDate} (tracking number {trackingId}). Could you please check with your neighbours, your building reception and any safe place around your door? If you still cannot find it, please reply to this message and we will help you further.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'return-instructions',
    name: 'Return instructions',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nWe are sorry the item from order {orderId} did not suit you. You can start a return under Your Orders on Amazon: choose the order, then "Return or replace items", and follow the steps. Amazon will show you the return label and how to send the item back.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'refund-issued',
    name: 'Refund issued',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nWe have issued the refund for order {orderId}. Depending on your payment method, it can take a few business days before it shows in your account.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'replacement-sent',
    name: 'Replacement sent',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nWe have sent you a replacement for order {orderId} with {carrier}, tracking number {trackingId}. We are sorry for the trouble.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'damaged-item',
    name: 'Damaged item: photos please',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nWe are very sorry that {productTitle} from order {orderId} arrived damaged. So that we can resolve this quickly, could you please reply to this message and add photos of the item and of the packaging as attachments to your reply?\n\nKind regards,\n{agentName}',
  },
  {
    key: 'product-question',
    name: 'Product question',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nThank you for your question about {productTitle} (ASIN {asin}).\n\nIf you have any other questions about order {orderId}, please reply to this message.\n\nKind regards,\n{agentName}',
  },
  {
    key: 'cancellation-confirmed',
    name: 'Cancellation confirmed',
    reason: 'thread-reply',
    body: 'Hello {buyerName},\n\nAs requested, we have cancelled order {orderId}. You have not been charged for it; if a payment was already taken, it will be refunded to your payment method.\n\nKind regards,\n{agentName}',
  },
];
