/**
 * data/survey-ppc-2022.json: every figure of the PPC survey "ECサイトへの不正アクセスに関する実態調査" (2022-03,
 * 71 EC operators that reported a leak caused by unauthorized access), grouped by topic.
 *
 * The survey prints its answers as one table per question: each option with its share of respondents (%) and its
 * count (社). A `Question` keeps that table as it is: `base` is how many operators the question was put to, and
 * every option has `share` and `count`. Unless a question's note says otherwise, shares are of all 71 respondents
 * (the survey includes the "not applicable" option in the table). The two opportunity-loss tables keep every
 * individual reported loss in `losses.values` (百万円).
 */
import { z } from 'zod';
import { Figure, FileHead, SourceRef, Text } from '../figure';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/** The calculator's five site forms. */
export const ModelForm = z.enum(['scratch', 'package', 'managed', 'saas', 'mall']);
export type ModelForm = z.infer<typeof ModelForm>;

/** One answer option of a question table. */
export const SurveyOption = z
	.object({
		id: Id,
		label: Text,
		/** share of respondents in %, as printed; absent when the survey prints only a count */
		share: Figure.optional(),
		count: Figure,
		/** true for the survey's own "本質問の対象外" (not asked) option */
		notApplicable: z.boolean().optional(),
		note: Text.optional()
	})
	.strict();
export type SurveyOption = z.infer<typeof SurveyOption>;

/** A single figure with a stable id (its label lives in the figure). */
export const SurveyItem = z
	.object({
		id: Id,
		figure: Figure,
		note: Text.optional()
	})
	.strict();
export type SurveyItem = z.infer<typeof SurveyItem>;

/** One question table of the survey. */
export const SurveyQuestion = z
	.object({
		id: Id,
		label: Text,
		/** where the table sits in the survey, as the survey numbers it (e.g. "1(2)") */
		section: z.string().min(1),
		/** number of operators the question was put to */
		base: Figure,
		/** the printed share of all respondents that the base is, for sub-questions */
		baseShare: Figure.optional(),
		options: z.array(SurveyOption).min(1),
		/** figures the survey's text states about this table beyond the table itself */
		extra: z.array(SurveyItem).optional(),
		note: Text.optional()
	})
	.strict();
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

/** A respondent band with machine-readable bounds (min inclusive, maxExclusive exclusive). */
const BandRange = z
	.object({
		min: Figure.optional(),
		maxExclusive: Figure.optional()
	})
	.strict();

/** One column of an opportunity-loss table. */
export const LossBand = z
	.object({
		id: Id,
		label: Text,
		range: BandRange,
		/** every individual loss printed in the column, top to bottom, 百万円 */
		losses: Figure,
		/** how many entries the column has (counted from the table; the survey prints no n) */
		entries: Figure,
		note: Text.optional()
	})
	.strict();
export type LossBand = z.infer<typeof LossBand>;

const LossTable = z
	.object({
		label: Text,
		section: z.string().min(1),
		bands: z.array(LossBand).min(1),
		/** entries over all columns (counted from the table) */
		totalEntries: Figure,
		note: Text.optional()
	})
	.strict();

/** How a survey site form relates to the calculator's forms. */
const FormMapping = z
	.object({
		surveyFormId: Id,
		modelForms: z.array(ModelForm),
		note: Text
	})
	.strict();

export const SurveyPpc2022File = z
	.object({
		...FileHead,
		/** the survey's id in data/sources.json */
		sourceId: z.literal('ppc-ec-survey-2022'),
		survey: z
			.object({
				/** when the questionnaire was run (令和3年8月) */
				fieldwork: z.string().min(1),
				/** leak reports filed with PPC in this period were in scope */
				reportsFiledFrom: z.string().min(1),
				reportsFiledTo: z.string().min(1),
				source: SourceRef,
				note: Text
			})
			.strict(),
		profile: z
			.object({
				respondents: Figure,
				industry: SurveyQuestion,
				employees: SurveyQuestion,
				respondingDepartment: SurveyQuestion
			})
			.strict(),
		siteForms: z
			.object({
				before: SurveyQuestion,
				after: SurveyQuestion,
				formMapping: z.array(FormMapping).min(1)
			})
			.strict(),
		causes: z
			.object({
				direct: SurveyQuestion,
				/** 1(3): one table, one row per reason (applies / does not apply / no answer) */
				selfAssessedReasons: z.array(SurveyQuestion).min(1)
			})
			.strict(),
		outsourcing: z.object({ questions: z.array(SurveyQuestion).min(1) }).strict(),
		afterIncident: z.object({ questions: z.array(SurveyQuestion).min(1) }).strict(),
		closure: z
			.object({
				closed: SurveyQuestion,
				period: z.array(SurveyItem).min(1)
			})
			.strict(),
		opportunityLoss: z
			.object({
				byEmployeeBand: LossTable,
				byClosurePeriod: LossTable,
				findings: z.array(SurveyItem).min(1)
			})
			.strict(),
		forensics: z
			.object({
				investigation: SurveyQuestion,
				cost: z.array(SurveyItem).min(1)
			})
			.strict(),
		cards: z
			.object({
				leaked: SurveyQuestion,
				reissueFeeBorne: SurveyQuestion,
				reissueCost: z.array(SurveyItem).min(1),
				fraud: SurveyQuestion,
				fraudCompensated: SurveyQuestion
			})
			.strict(),
		apology: z
			.object({
				paid: SurveyQuestion,
				amounts: z.array(SurveyItem).min(1)
			})
			.strict(),
		callCentre: z
			.object({
				handling: SurveyQuestion,
				duration: z.array(SurveyItem).min(1),
				cost: z.array(SurveyItem).min(1)
			})
			.strict(),
		exit: z.object({ items: z.array(SurveyItem).min(1) }).strict(),
		/** how the IPA outline (2022-10-17) restates or re-bases this survey's figures */
		ipaRestatements: z.object({ items: z.array(SurveyItem).min(1) }).strict(),
		/** figures about this survey found only in secondary sources, kept to cross-check our reading of the tables */
		crossChecks: z.object({ items: z.array(SurveyItem).min(1) }).strict()
	})
	.strict();
export type SurveyPpc2022File = z.infer<typeof SurveyPpc2022File>;
