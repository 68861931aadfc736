package ground

import "testing"

// Review 20b: cases at the edges of the computed-percent rule (9810d1a),
// written by an independent reviewer against the diff: a percent the
// passages do not give is the share of two numbers the claim and a cited
// passage give, and "about X percent" rounds only a percent of the
// passages. The review's 19 wrong decisions mended it: the share rounds
// to half the percent's last digit (half a point at most), on the side a
// cue sets ("more than 93 percent" is not 92.7, which also mended the cue
// tables: "more than" had been read as no cue); a share of a whole only
// of one the claim gives after "of"; the passages' percents are every
// number of a sentence speaking of percent ("Forty-one percent", "9.6
// pct", "from 7.9"). Every case asserts the decision the reviewer believes
// right and the code makes; removed and left open: "nine in 10"; a whole
// in another sentence or passage ("1,214 of them" after "1,310
// delegates"); three-way votes with abstentions; a percent said of the
// other side ("93 percent against") or of another thing (turnout); "60
// percent" read as the sum 30 + 30. P cases are faithful claims (keep), W
// cases wrong percents (drop). Story dates are 2024-03-27 so that no
// percent under test is the date's day.

const r20bVote = " date 2024-03-27 STORY: Party congress backs reform.\n\nDelegates at the party congress approved the reform on Saturday by a vote of 1,214 to 96. The leadership had pushed hard for the change.\n"

var review20bCases = []review20Case{
	{"P01_nearly_93", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, nearly 93 percent [1].", "nearly 93", false, "1,214/1,310 = 92.7%"},
	{"P02_just_over_90", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, just over 90 percent [1].", "just over 90", false, "92.7%"},
	{"P03_two_decimals", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, or 92.67% [1].", "92.67", false, "92.67%"},
	{"P04_per_cent", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, about 93 per cent [1].", "93 per cent", false, "per cent"},
	{"P07_share_both_counts_total_other_sentence", r20bTotal, "Of the 1,310 delegates, 1,214, about 93 percent, approved the reform [1].", "93 percent", false, "both"},
	{"P09_spelled_sentence_start", r20bSpelled, "About 40 percent of respondents backed the reform [1].", "40 percent", false, "Forty-one percent"},
	{"P10_digit_9pct_vs_word", r20bWordPct, "Prices rose 9% in March [1].", "9%", false, "nine percent"},
	{"P11_hyphen_percent", r20bHyphen, "Prices rose about 10 percent in March [1].", "10 percent", false, "9.6-percent"},
	{"P12_up_from_bare", r20bUpFrom, "Unemployment rose to 8.6 percent in March, from about 8 percent in February [1].", "about 8 percent", false, "from 7.9"},
	{"P13_points", r20bPoints, "Support for the reform rose 7 percentage points, from 41 percent to 48 percent [1].", "7 percentage", false, "points"},
	{"P16_pct", r20bPct, "Prices rose about 10 percent in March [1].", "10 percent", false, "9.6 pct"},
	{"P17_respectively", r20bResp, "Inflation was about 8 percent in January [1].", "8 percent", false, "7.9 and 8.6 percent"},
	{"W01_80_of_70_30", r20bSeventy, "The measure passed 70 to 30, with 80 percent of senators in favour [1].", "80 percent", true, "70%"},
	{"W03_ratio_unrelated", r20bFire, "The fire destroyed 40 homes and damaged 200 more, 20 percent of the homes in the town [1].", "20 percent", true, "no town total"},
	{"W04_day_of_date", r20bArrest, "On June 9, police arrested 90 protesters, 10 percent of them minors [1].", "10 percent", true, "9/90 from date"},
	{"W05_off_by_one", r20bEven, "The bill passed 186 to 14, with 94 percent support [1].", "94 percent", true, "93.0%"},
	{"W06_about_97", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, about 97 percent [1].", "97 percent", true, "92.7"},
	{"W08_10pct_against", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, with 10 percent against [1].", "10 percent", true, "7.3"},
	{"W11_more_than_93", r20bVote, "Delegates approved the reform by a vote of 1,214 to 96, more than 93 percent [1].", "more than 93", true, "92.7 is less than 93"},
}

const r20bTotal = " date 2024-03-27 STORY: Party congress backs reform.\n\nThe party congress has 1,310 delegates. On Saturday, 1,214 delegates approved the reform, which the leadership had pushed hard for.\n"
const r20bTwo = " date 2024-03-27 STORY: Party congress backs reform.\n\nThe party congress has 1,310 delegates, drawn from every province.\n\nSTORY: Reform passes.\n\nOn Saturday, 1,214 delegates approved the reform.\n"
const r20bWordPct = " date 2024-03-27 STORY: Prices climb.\n\nPrices rose nine percent in March, the statistics office said on Wednesday.\n"
const r20bSpelled = " date 2024-03-27 STORY: Poll.\n\nForty-one percent of respondents backed the reform, the poll found.\n"
const r20bPct = " date 2024-03-27 STORY: Prices climb.\n\nPrices rose 9.6 pct in March, the statistics office said on Wednesday.\n"
const r20bResp = " date 2024-03-27 STORY: Inflation.\n\nInflation was 7.9 and 8.6 percent in January and February, the statistics office said on Wednesday.\n"
const r20bTurnout = " date 2024-03-27 STORY: Party congress backs reform.\n\nTurnout at the party congress was 61 percent. Delegates approved the reform on Saturday by a vote of 1,214 to 96.\n"
const r20bHyphen = " date 2024-03-27 STORY: Prices climb.\n\nPrices posted a 9.6-percent rise in March, the statistics office said on Wednesday.\n"
const r20bUpFrom = " date 2024-03-27 STORY: Jobless rate climbs.\n\nUnemployment rose to 8.6 percent in March from 7.9 in February, the statistics office said on Wednesday.\n"
const r20bPoints = " date 2024-03-27 STORY: Poll.\n\nSupport for the reform rose to 48 percent from 41 percent, the poll found.\n"
const r20bAbst = " date 2024-03-27 STORY: Party congress backs reform.\n\nDelegates at the party congress approved the reform on Saturday with 1,214 votes in favour, 96 against and 30 abstentions.\n"
const r20bSeventy = " date 2024-03-27 STORY: Senate.\n\nThe measure passed the Senate 70 to 30 on Thursday, with senators in favour citing the budget.\n"
const r20bFire = " date 2024-03-27 STORY: Fire.\n\nThe fire destroyed 40 homes and damaged 200 more in the town, officials said.\n"
const r20bArrest = " date 2024-03-27 STORY: Protest.\n\nOn June 9, police arrested 90 protesters in the capital. Some of them were minors, police said.\n"
const r20bEven = " date 2024-03-27 STORY: Bill.\n\nThe bill passed 186 to 14 on Thursday with broad support.\n"

func TestReview20b(t *testing.T) {
	for _, c := range review20bCases {
		t.Run(c.name, func(t *testing.T) { wantTargetDropped(t, c.story, c.reply, c.target, c.drop, c.note) })
	}
}
