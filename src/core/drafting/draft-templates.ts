import type { BuiltInTemplate } from "../templates/built-in-template";
import { DEFAULT_FORMATS } from "./format-setting";
import linkedinPostEn from "./templates/en/linkedin-post.md";
import linkedinPostFr from "./templates/fr/linkedin-post.md";
import xThreadEn from "./templates/en/x-thread.md";
import xThreadFr from "./templates/fr/x-thread.md";
import facebookPostEn from "./templates/en/facebook-post.md";
import facebookPostFr from "./templates/fr/facebook-post.md";
import instagramCarouselEn from "./templates/en/instagram-carousel.md";
import instagramCarouselFr from "./templates/fr/instagram-carousel.md";
import newsletterIssueEn from "./templates/en/newsletter-issue.md";
import newsletterIssueFr from "./templates/fr/newsletter-issue.md";
import infographicBriefEn from "./templates/en/infographic-brief.md";
import infographicBriefFr from "./templates/fr/infographic-brief.md";
import blogArticleEn from "./templates/en/blog-article.md";
import blogArticleFr from "./templates/fr/blog-article.md";
import youtubeScriptEn from "./templates/en/youtube-script.md";
import youtubeScriptFr from "./templates/fr/youtube-script.md";
import podcastEpisodeEn from "./templates/en/podcast-episode.md";
import podcastEpisodeFr from "./templates/fr/podcast-episode.md";
import salesPageEn from "./templates/en/sales-page.md";
import salesPageFr from "./templates/fr/sales-page.md";
import webinarEn from "./templates/en/webinar.md";
import webinarFr from "./templates/fr/webinar.md";
import whitePaperEn from "./templates/en/white-paper.md";
import whitePaperFr from "./templates/fr/white-paper.md";
import caseStudyEn from "./templates/en/case-study.md";
import caseStudyFr from "./templates/fr/case-study.md";
import slideDeckEn from "./templates/en/slide-deck.md";
import slideDeckFr from "./templates/fr/slide-deck.md";
import talkEn from "./templates/en/talk.md";
import talkFr from "./templates/fr/talk.md";
import strategyEn from "./strategy/en.md";
import strategyFr from "./strategy/fr.md";

const TEXTS: Readonly<Record<string, { en: string; fr: string }>> = {
	"linkedin-post": { en: linkedinPostEn, fr: linkedinPostFr },
	"x-thread": { en: xThreadEn, fr: xThreadFr },
	"facebook-post": { en: facebookPostEn, fr: facebookPostFr },
	"instagram-carousel": { en: instagramCarouselEn, fr: instagramCarouselFr },
	"newsletter-issue": { en: newsletterIssueEn, fr: newsletterIssueFr },
	"infographic-brief": { en: infographicBriefEn, fr: infographicBriefFr },
	"blog-article": { en: blogArticleEn, fr: blogArticleFr },
	"youtube-script": { en: youtubeScriptEn, fr: youtubeScriptFr },
	"podcast-episode": { en: podcastEpisodeEn, fr: podcastEpisodeFr },
	"sales-page": { en: salesPageEn, fr: salesPageFr },
	webinar: { en: webinarEn, fr: webinarFr },
	"white-paper": { en: whitePaperEn, fr: whitePaperFr },
	"case-study": { en: caseStudyEn, fr: caseStudyFr },
	"slide-deck": { en: slideDeckEn, fr: slideDeckFr },
	talk: { en: talkEn, fr: talkFr },
};

/** The built-in template of each default format, named like it: a skeleton of the format with guidance in comments. */
export const DRAFT_TEMPLATES: readonly BuiltInTemplate[] = DEFAULT_FORMATS.map((format) => {
	const text = TEXTS[format.key];
	if (!text) throw new Error(`no built-in template for the format ${format.key}`);
	return { key: format.key, names: format.names, text };
});

/** The strategy note's seven parts with their guiding questions; the writer may replace it like any template. */
export const STRATEGY_TEMPLATE: BuiltInTemplate = {
	key: "thought-leadership-strategy",
	names: { en: "Thought-leadership strategy", fr: "Stratégie de leadership éclairé" },
	text: { en: strategyEn, fr: strategyFr },
};
