/**
 * The Buy with Prime API as far as the page and schemas/bwp/ name it (Best Practices for Orders; the type names
 * follow the API reference v2024-01-01 the page uses). Fields marked `# assumed` are not spelled out on the
 * page or in the parts of the reference we read; they are this mock's guess, kept close to the schemas.
 * Inputs carry the same constraints as the JSON Schemas, which the resolvers apply on top of GraphQL's types.
 */
export const BWP_SDL = /* GraphQL */ `
"""Input objects the page names without their fields (customer, payments, totalPrice, clientDetails)."""
scalar JSON

type Query {
  deliveryPreview(input: DeliveryPreviewInput!): DeliveryPreview!
  # assumed: the reference's order query takes an identifier input; an id is enough here
  order(orderId: ID!): Order
}

type Mutation {
  createOrder(input: CreateOrderInput!): CreateOrderResponse!
  updateOrder(input: UpdateOrderInput!): UpdateOrderResponse!
}

"Exactly one of ID, SKU and ExternalId."
input ItemIdentifierInput {
  ID: String
  SKU: String
  ExternalId: String
}

input DeliveryPreviewAmountInput {
  unit: String
  value: Int!
}

input DeliveryPreviewItemInput {
  itemIdentifier: ItemIdentifierInput!
  amount: DeliveryPreviewAmountInput!
}

input ShippingAddressInput {
  name: String
  streetAddress: String
  locality: String
  region: String
  countryCode: String
  postalCode: String
}

input DeliveryLocationInput {
  shippingAddress: ShippingAddressInput!
}

input DeliveryTermsInput {
  location: DeliveryLocationInput!
}

enum IdentityProvider {
  LWA
  APAY
}

input IdentityTokenInput {
  identityProvider: IdentityProvider
  idPToken: String!
  idPTokenType: String
  externalId: String
}

input DeliveryPreviewInput {
  items: [DeliveryPreviewItemInput!]!
  terms: DeliveryTermsInput
  shopperIdentity: IdentityTokenInput
}

type DeliveryPreview {
  id: ID!
  deliveryGroups: [DeliveryGroup!]!
  # assumed: the page names the preview's shopperIdentity, not its fields; always an object, as
  # schemas/bwp/delivery-preview has it, whose shopperId is null for a preview made without a token
  shopperIdentity: ShopperIdentity!
}

# assumed
type ShopperIdentity {
  shopperId: ID
}

type DeliveryGroup {
  id: ID!
  items: [DeliveryItem!]!
  deliveryOffers: [DeliveryOffer!]!
}

type DeliveryItem {
  itemIdentifier: ItemIdentifier!
  amount: DeliveryAmount!
}

# assumed: the kind of identifier travels as __typename
interface ItemIdentifier {
  value: String!
}

type SkuItemIdentifier implements ItemIdentifier {
  value: String!
}

# assumed
type BuyWithPrimeItemIdentifier implements ItemIdentifier {
  value: String!
}

# assumed
type ExternalItemIdentifier implements ItemIdentifier {
  value: String!
}

type DeliveryAmount {
  unit: String
  value: Int!
}

type DeliveryOffer {
  id: ID!
  date: DeliveryDateRange
  expiresAt: String
  # assumed: not modelled by the schema
  price: JSON
  # assumed: not modelled by the schema
  policy: JSON
}

type DeliveryDateRange {
  earliest: String
  latest: String
}

input MoneyInput {
  amount: Float!
  currencyCode: String!
}

# assumed
input PriceInput {
  currentPrice: MoneyInput!
}

input PurchasedItemInput {
  itemId: ItemIdentifierInput!
  title: String!
  price: PriceInput!
  imageUrl: String
  altText: String
  productDetailPageUrl: String
}

input QuantityInput {
  amount: Int!
}

enum DeliveryProvider {
  BUY_WITH_PRIME
  MERCHANT
}

input DeliveryOfferDetailsInput {
  deliveryProvider: DeliveryProvider!
  id: String
  deliveryPreviewId: String
  deliveryCharge: MoneyInput
}

# assumed
input SelectedDeliveryOfferInput {
  details: DeliveryOfferDetailsInput!
}

input AliasInput {
  aliasType: String
  aliasId: String!
}

# assumed
input TaxSummaryInput {
  collectableTaxAmount: MoneyInput!
}

input TaxInput {
  summary: TaxSummaryInput!
}

# assumed
input DiscountSummaryInput {
  amount: MoneyInput!
}

input DiscountAllocationInput {
  summary: DiscountSummaryInput!
}

input LineItemInput {
  purchasedItem: PurchasedItemInput!
  quantity: QuantityInput!
  selectedDeliveryOffer: SelectedDeliveryOfferInput!
  lineItemAliases: [AliasInput!]
  taxes: TaxInput
  discounts: DiscountAllocationInput
  clientDetails: JSON
}

input DeliveryAddressInput {
  name: String!
  streetAddress: String!
  locality: String!
  region: String!
  countryCode: String!
  postalCode: String!
  contactNumber: String
}

input RecipientInput {
  deliveryAddress: DeliveryAddressInput!
}

enum OrderExecutionState {
  NOT_STARTED
  STARTED
}

input CreateOrderInput {
  lineItems: [LineItemInput!]!
  customer: JSON!
  recipient: RecipientInput
  shopperIdentity: IdentityTokenInput
  orderAliases: [AliasInput!]
  # assumed: the reference's newer name for orderAliases
  aliases: [AliasInput!]
  desiredExecutionState: OrderExecutionState
  payments: JSON
  discounts: DiscountAllocationInput
  totalPrice: JSON
  orderLinks: [JSON!]
}

# assumed: the field names of UpdateOrderInput are not in the parts of the reference we read
input UpdateOrderInput {
  orderId: ID!
  desiredExecutionState: OrderExecutionState
  aliases: [AliasInput!]
  recipient: RecipientInput
  lineItems: [LineItemInput!]
}

# assumed
type CreateOrderResponse {
  order: Order!
}

# assumed
type UpdateOrderResponse {
  order: Order!
}

type Order {
  id: ID!
  executionState: OrderExecutionState!
  deliveryInformation: DeliveryInformation!
  aliases: [Alias!]!
  lineItems: [LineItem!]!
  # assumed
  createdAt: String!
}

# assumed: the page says deliveryInformation indicates IN_TRANSIT or CANCELLED
type DeliveryInformation {
  deliveryStatus: DeliveryStatus!
}

# assumed: the page names IN_TRANSIT and CANCELLED
enum DeliveryStatus {
  PENDING
  IN_TRANSIT
  DELIVERED
  CANCELLED
}

type Alias {
  aliasType: String
  aliasId: String!
}

# assumed
type LineItem {
  id: ID!
  purchasedItem: PurchasedItem!
  quantity: Quantity!
}

# assumed
type PurchasedItem {
  itemId: ItemIdentifier!
  title: String!
}

# assumed
type Quantity {
  amount: Int!
}
`;
