/** A field's unit as a person reads it in the page's language (data/ and the schema write units in Japanese). */
import { m, type Locale } from '../i18n';

const UNITS: Record<string, (o: { locale: Locale }) => string> = {
	円: (o) => m.unitYen({}, o),
	'円/年': (o) => m.unitYenYear({}, o),
	'円/月': (o) => m.unitYenMonth({}, o),
	'円/件': (o) => m.unitYenOrder({}, o),
	件: (o) => m.unitCount({}, o),
	'件/年': (o) => m.unitCountYear({}, o),
	年: (o) => m.unitYears({}, o),
	か月: (o) => m.unitMonths({}, o),
	'回/年': (o) => m.unitTimesYear({}, o)
};

export function unitLabel(unit: string, locale: Locale): string {
	return UNITS[unit]?.({ locale }) ?? unit;
}
