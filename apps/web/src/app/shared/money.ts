import { Pipe, type PipeTransform } from '@angular/core';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/**
 * "2320.00" → "$2,320.00". Amounts arrive as exact 2-decimal strings from the domain; Number is used here only
 * to hand them to Intl for display (every amount of whole cents below $90 trillion converts exactly), never to
 * compute.
 */
export function formatUsd(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount.trim() === '') return '—';
  const value = Number(amount);
  return Number.isFinite(value) ? USD.format(value) : amount;
}

/** `{{ result.total | usd }}` → "$2,320.00". */
@Pipe({ name: 'usd' })
export class UsdPipe implements PipeTransform {
  transform(amount: string | null | undefined): string {
    return formatUsd(amount);
  }
}
