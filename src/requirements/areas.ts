import type { RequirementArea, RequirementPage } from '../types/index.js';

/** The areas requirements are grouped by in reports, in report order; a requirement's id starts with its prefix. */
export const AREAS: readonly RequirementArea[] = [
  {
    prefix: 'RSP',
    title: 'Every response',
  },
  {
    prefix: 'ROBUST',
    title: 'Robustness',
  },
  {
    prefix: 'LAUNCH',
    title: 'Launch',
  },
  {
    prefix: 'SESSION',
    title: 'Session end',
  },
  {
    prefix: 'SHOP',
    title: 'Shopping directives',
  },
  {
    prefix: 'RESUME',
    title: 'Resuming after a shopping task',
  },
  {
    prefix: 'EXC',
    title: 'System.ExceptionEncountered',
  },
  {
    prefix: 'REFUND',
    title: 'Refunds',
  },
  {
    prefix: 'ISP',
    title: 'In-skill products',
  },
  {
    prefix: 'SEC',
    title: 'Request verification (web services)',
  },
  {
    prefix: 'PAY',
    title: 'Amazon Pay delivery trackers (client)',
  },
  {
    prefix: 'BWP',
    title: 'Buy with Prime orders (client)',
  },
];

/** Each page a requirement's source names, by its title: where the page is read, and the anchor of each cited section that has one. */
export const PAGES: Readonly<Record<string, RequirementPage>> = {
  'Host a Custom Skill as a Web Service': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-a-web-service.html',
  },
  'Request and Response JSON Reference': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html',
    anchors: {
      'Request format': 'request-format',
      'Response format': 'response-format',
    },
  },
  'Request Types Reference': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-types-reference.html',
    anchors: {
      LaunchRequest: 'launchrequest',
      SessionEndedRequest: 'sessionendedrequest',
    },
  },
  'Speech Synthesis Markup Language (SSML) Reference': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html',
    anchors: {
      speak: 'speak',
    },
  },
  'AudioPlayer Interface Reference': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/audioplayer-interface-reference.html',
  },
  'Use Skill Connections to Request Tasks': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/custom-skills/use-skill-connections-to-request-tasks.html',
  },
  'Implement Alexa Shopping Actions in Your Skill': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/alexa-shopping/implement-shopping-actions.html',
    anchors: {
      'Handle a refund request': 'handle-a-refund-request',
      'Handle a session error': 'handle-a-session-error',
      'Implement purchase-product': 'implement-purchase-product',
      'Send a directive to recommend products': 'send-a-directive-to-recommend-products',
      'Use skill connections with shopping tasks': 'use-skill-connections-with-shopping-tasks',
    },
  },
  'Alexa Shopping Actions API Reference': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/alexa-shopping/alexa-shopping-actions-for-alexa-skills-api-reference.html',
    anchors: {
      'Add to list': 'add-to-list',
      'Add to shopping cart': 'add-to-shopping-cart',
      'Object definitions': 'object-definitions',
      'Shopping actions': 'shopping-actions',
    },
  },
  'In-Skill Product Service': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/in-skill-purchase/in-skill-product-service.html',
    anchors: {
      'Get all in-skill products': 'get-all-in-skill-products',
      'Host endpoint': 'host-endpoint',
    },
  },
  'Add In-Skill Purchases to a Custom Skill': {
    url: 'https://developer.amazon.com/en-US/docs/alexa/in-skill-purchase/add-isps-to-a-skill.html',
    anchors: {
      'Resume your skill after the purchase flow': 'resume-your-skill-after-the-purchase-flow',
    },
  },
  'Amazon Pay: Setting up delivery notifications': {
    url: 'https://developer.amazon.com/docs/amazon-pay-checkout/setting-up-delivery-notifications.html',
  },
  'Amazon Pay API v2: Delivery Tracker': {
    url: 'https://developer.amazon.com/docs/amazon-pay-api-v2/delivery-tracker.html',
  },
  'Buy with Prime: Best Practices for Orders': {
    url: 'https://documents.buywithprime.amazon.com/bwp-api/v2024-01-01/docs/best-practices-for-orders',
    anchors: {
      'Avoiding inventory failures': 'avoiding-inventory-failures',
      'Providing order details': 'providing-order-details',
      'Providing payment details': 'providing-payment-details',
      'Specifying a delivery preview': 'specifying-a-delivery-preview',
      'Updating the execution state': 'updating-the-execution-state',
      'Using order aliases': 'using-order-aliases',
    },
  },
};
