/** The five site forms the calculator compares, with fixed ids used across data/, the model and the UI. */
import { z } from 'zod';

export const SITE_FORMS = ['scratch', 'package', 'managed', 'saas', 'mall'] as const;
export const SiteForm = z.enum(SITE_FORMS);
export type SiteForm = z.infer<typeof SiteForm>;

/** Forms the merchant builds and runs itself, whose security operating cost has the outline's floor. */
export const SELF_RUN_FORMS: readonly SiteForm[] = ['scratch', 'package'];
/** Forms run on a shared platform, which also carry a platform-wide incident. */
export const PLATFORM_FORMS: readonly SiteForm[] = ['saas', 'mall'];
