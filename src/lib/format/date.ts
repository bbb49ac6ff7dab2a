/**
 * As-of dates as the data records them (YYYY, YYYY-MM, YYYY-MM-DD, or "unknown").
 * ja: 2024年 / 2024年6月 / 2024年6月1日; en: 2024 / June 2024 / June 1, 2024. Read as calendar dates (UTC), so the
 * time zone of the machine never shifts a day.
 */
import { m } from '../paraglide/messages.js';
import { dateFormat } from './intl';
import type { Locale } from './locale';

const AS_OF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function asOfDate(value: string, locale: Locale): string {
	if (value === 'unknown') return m.unknownDate({}, { locale });
	const match = AS_OF.exec(value);
	if (!match) return value;
	const [, y, mo, d] = match;
	const date = Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (mo) options.month = 'long';
	if (d) options.day = 'numeric';
	return dateFormat(locale, options).format(date);
}
