import fc from 'fast-check';
import { BUNDLED_CARRIERS } from '../mocks/pay/carriers.js';
import type { Address, CartLine, Money, Payment, Shipment } from './adapter.js';

/** The store's catalog: two delivery groups (items of a group ship together), so a cart can span both. */
export const CATALOG = [
  { sku: 'YOGA-MAT-BLUE', title: 'Yoga mat, blue', price: 29.99, group: 'A' },
  { sku: 'YOGA-BLOCK-2PK', title: 'Yoga blocks, pack of two', price: 14.5, group: 'A' },
  { sku: 'WATER-BOTTLE-750', title: 'Water bottle, 750 ml', price: 12, group: 'A' },
  { sku: 'TEA-SENCHA-100G', title: 'Sencha green tea, 100 g', price: 9.25, group: 'B' },
  { sku: 'MUG-STONEWARE', title: 'Stoneware mug', price: 16.8, group: 'B' },
  { sku: 'KETTLE-GOOSENECK', title: 'Gooseneck kettle', price: 49, group: 'B' },
] as const;

type CatalogItem = (typeof CATALOG)[number];

/** Stock that no run exhausts. */
export const PLENTY = 1_000_000;

const cents = (n: number): number => Math.round(n * 100) / 100;
const usd = (amount: number): Money => ({ amount: cents(amount), currencyCode: 'USD' });

/** Unique values within a run: tracking numbers, aliases and transaction ids must never repeat by chance. */
export class Serial {
  private n = 0;
  constructor(private readonly tag: string) {}
  next(): string {
    return `${this.tag}${(++this.n).toString().padStart(6, '0')}`;
  }
}

const NAMES = ['Jane Doe', 'John Roe', 'Ana Silva', 'Kenji Sato', 'Priya Nair', 'Lena Vogel'] as const;
const STREETS = ['Terry Ave N', 'Pine St', 'Westlake Ave', 'Dexter Ave N', 'Harrison St'] as const;
const CITIES = [
  { locality: 'Seattle', region: 'WA', postalCode: '98109' },
  { locality: 'Portland', region: 'OR', postalCode: '97205' },
  { locality: 'Austin', region: 'TX', postalCode: '78701' },
  { locality: 'Denver', region: 'CO', postalCode: '80202' },
] as const;

const addressArbitrary: fc.Arbitrary<Address> = fc
  .record({ name: fc.constantFrom(...NAMES), number: fc.integer({ min: 1, max: 9999 }), street: fc.constantFrom(...STREETS), city: fc.constantFrom(...CITIES), phone: fc.option(fc.integer({ min: 0, max: 9999 }), { nil: undefined }) })
  .map(({ name, number, street, city, phone }) => ({
    name,
    streetAddress: `${number} ${street}`,
    ...city,
    countryCode: 'US',
    ...(phone === undefined ? {} : { contactNumber: `206-555-${String(phone).padStart(4, '0')}` }),
  }));

/** Two addresses of one shopper that differ: where to ship, and where the card bills. */
export const addressPairArbitrary: fc.Arbitrary<[Address, Address]> = fc
  .tuple(addressArbitrary, addressArbitrary)
  .filter(([a, b]) => a.streetAddress !== b.streetAddress || a.locality !== b.locality);

interface LineDraw {
  item: CatalogItem;
  quantity: number;
  tax: boolean;
  discount: boolean;
}

const lineOf = ({ item, quantity, tax, discount }: LineDraw): CartLine => ({
  sku: item.sku,
  title: item.title,
  quantity,
  unitPrice: usd(item.price),
  ...(tax ? { tax: usd(item.price * quantity * 0.0825) } : {}),
  ...(discount ? { discount: usd(item.price * quantity * 0.1) } : {}),
});

const draw = (items: readonly CatalogItem[]): fc.Arbitrary<LineDraw> =>
  fc.record({ item: fc.constantFrom(...items), quantity: fc.integer({ min: 1, max: 3 }), tax: fc.boolean(), discount: fc.boolean() });

/**
 * A cart from both delivery groups (so offers differ by line), whose first line is taken twice or more and
 * carries tax and a discount: the rules about quantities and line-item charges always have something to judge.
 */
export const spanningCartArbitrary: fc.Arbitrary<CartLine[]> = fc
  .tuple(draw(CATALOG.filter((i) => i.group === 'A')), draw(CATALOG.filter((i) => i.group === 'B')), fc.option(draw(CATALOG), { nil: undefined }))
  .map(([a, b, c]) => {
    const lines = [{ ...a, quantity: Math.max(2, a.quantity), tax: true, discount: true }, b, ...(c ? [c] : [])];
    return lines.filter((l, i) => lines.findIndex((m) => m.item.sku === l.item.sku) === i).map(lineOf);
  });

/** A one-line cart of an item of its own (the inventory scenarios stock it as they need). */
export const singleLine = (sku: string, quantity: number): CartLine => ({ sku, title: `Limited edition ${sku}`, quantity, unitPrice: usd(24.99), tax: usd(24.99 * quantity * 0.0825) });

const cartTotal = (cart: readonly CartLine[]): Money =>
  usd(cart.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity + (l.tax?.amount ?? 0) - (l.discount?.amount ?? 0), 0));

/** The carriers a run ships with: the bundled list's best known, and any the team added. */
export const shipmentCarriers = (extra: readonly string[] = []): string[] => [...BUNDLED_CARRIERS.slice(0, 8), ...extra];

/** A tracking number in the carrier's style, unique through the serial. */
function trackingNumber(carrierCode: string, serial: Serial): string {
  const n = serial.next();
  if (carrierCode === 'UPS') return `1Z999AA1${n.padStart(10, '0')}`;
  if (carrierCode === 'USPS') return `9400111899${n.padStart(12, '0')}`;
  return `${carrierCode.slice(0, 2)}${n.padStart(12, '0')}`;
}

export const shipments = (carriers: readonly string[], serial: Serial): Shipment[] => carriers.map((carrierCode) => ({ carrierCode, trackingNumber: trackingNumber(carrierCode, serial) }));

export function payment(cart: readonly CartLine[], serial: Serial, method: string): Payment {
  return { method, transactionId: serial.next(), amount: cartTotal(cart), capturedAt: '2026-01-01T12:00:00Z' };
}

export const emailOf = (name: string): string => `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`;
