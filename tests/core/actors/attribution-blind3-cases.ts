/**
 * A third blind set, written after the rules were changed for BLIND_US_CASES and scored as first written
 * (figures in attribution-blind3.test.ts): 2016 US election coverage in the manner of the held-out judgement
 * (NYT "Mr."/"Mrs." style, AP, Washington Post, Politico): campaigns and institutions that speak ("the Trump
 * campaign said", "the White House", "the Pentagon"), senators with their states ("Sen. John McCain
 * (R-Ariz.)", "Senator Marco Rubio of Florida", "the Arizona senator"), and statements that name no source.
 * Invented events, written for these tests, taken from no text. Conventions as in attribution-blind-cases.ts;
 * a campaign that speaks is an organisation named "<Candidate> campaign".
 */
import type { AttributionCase } from './attribution-cases';

export const BLIND3_CASES: AttributionCase[] = [
  {
    name: 'blind3: a campaign trades charges (NYT style)',
    lang: 'en',
    paragraphs: [
      [['Donald J. Trump on Tuesday renewed his attacks on Hillary Clinton\'s use of a private email server, telling a rally in Ohio that she had "put the country at risk."', 'Donald Trump']],
      [['"She cannot be trusted with our secrets," Mr. Trump said.', 'Donald Trump'], ['"Not for one minute."', 'Donald Trump']],
      [['The Clinton campaign said the remarks were a distraction from Mr. Trump\'s refusal to release his tax returns.', 'Clinton campaign']],
      [['Brian Fallon, a spokesman for Mrs. Clinton, said the Republican nominee was "running out of excuses."', 'Brian Fallon']],
      [['Mrs. Clinton, campaigning in Pennsylvania, did not mention Mr. Trump by name.', null]],
      [['She told supporters in Scranton that the election would decide "what kind of country we want to be."', 'Hillary Clinton']],
      [['The Trump campaign said in a statement that it had raised $80 million in July.', 'Trump campaign']],
      [['Polls show Mrs. Clinton with a lead of several points in Pennsylvania.', null]],
      [['Several Republican donors said they were waiting to see whether Mr. Trump could steady his campaign.', null]],
      [['Kellyanne Conway, Mr. Trump\'s campaign manager, told reporters that the candidate would give a major speech on the economy next week.', 'Kellyanne Conway']],
    ],
  },
  {
    name: 'blind3: McCain and the nominee (Washington Post style)',
    lang: 'en',
    paragraphs: [
      [['Sen. John McCain (R-Ariz.) said Wednesday that he would continue to support his party\'s nominee despite "serious differences" over foreign policy.', 'John McCain']],
      [['The Arizona senator, who faces his own reelection fight this fall, spoke to reporters outside the Capitol.', null]],
      [['"I have said what I have to say about it," the Arizona senator told reporters.', 'John McCain']],
      [['Sen. Lindsey O. Graham (R-S.C.), a close friend of McCain\'s, has said he will not vote for Trump.', 'Lindsey Graham']],
      [['Graham told CNN that the nominee "does not understand the world."', 'Lindsey Graham']],
      [['McCain\'s Democratic challenger, Rep. Ann Kirkpatrick, accused him of standing by a candidate who had insulted veterans.', 'Ann Kirkpatrick']],
      [['"John McCain has had plenty of chances to draw a line," Kirkpatrick said in a statement.', 'Ann Kirkpatrick']],
      [['The Pentagon said Wednesday that it had no plans to change the number of troops in Iraq.', 'Pentagon']],
      [['The White House declined to comment on the senator\'s remarks.', null]],
      [['Arizona has not voted for a Democratic presidential candidate since 1996.', null]],
    ],
  },
  {
    name: 'blind3: primary night and a rival campaign (AP style)',
    lang: 'en',
    paragraphs: [
      [['MADISON, Wis. (AP) — Bernie Sanders won the Wisconsin primary on Tuesday, cutting into Hillary Clinton\'s lead in the race for the Democratic nomination.', null]],
      [['Sanders told supporters in Wyoming that he had "a path toward victory."', 'Bernie Sanders']],
      [['"We have won seven out of eight of the last caucuses and primaries," he said.', 'Bernie Sanders']],
      [['Sanders\' campaign said it had raised more than $6 million in the 24 hours before the vote.', 'Sanders campaign']],
      [['Clinton campaign manager Robby Mook said the math still favored Mrs. Clinton.', 'Robby Mook']],
      [['On the Republican side, Sen. Ted Cruz of Texas beat Trump by double digits.', null]],
      [['Cruz called the win "a turning point" in the race.', 'Ted Cruz']],
      [['The Texas senator said Republicans were "uniting" behind his campaign.', 'Ted Cruz']],
      [['The Trump campaign issued a statement accusing Cruz of being "worse than a puppet."', 'Trump campaign']],
      [['Exit polls showed that about four in 10 Republican voters were worried about Trump as the nominee.', null]],
      [['Ohio Gov. John Kasich, who finished third, said he would stay in the race until the convention.', 'John Kasich']],
    ],
  },
  {
    name: 'blind3: the White House and a Florida senator (Politico style)',
    lang: 'en',
    paragraphs: [
      [['The White House said Thursday that President Barack Obama would campaign for Clinton in North Carolina next week.', 'White House']],
      [['White House press secretary Josh Earnest told reporters that the president was "looking forward" to making the case for her.', 'Josh Earnest']],
      [['Senator Marco Rubio of Florida, who ran against Trump in the primaries, said he would seek a second term after all.', 'Marco Rubio']],
      [['"I have never been more concerned about the future of our country," the Florida senator said in a statement.', 'Marco Rubio']],
      [['Rubio\'s decision was welcomed by Senate Majority Leader Mitch McConnell, who had urged him to run.', null]],
      [['McConnell said Rubio gave Republicans "the best chance" to keep the seat.', 'Mitch McConnell']],
      [['Rep. Patrick Murphy (D-Fla.), who is running for the Democratic nomination, said Rubio "cares more about his own ambitions than about Florida."', 'Patrick Murphy']],
      [['Murphy\'s primary is scheduled for Aug. 30.', null]],
      [['Michael Bloomberg, the former mayor of New York, said on Thursday that he would endorse Clinton at the convention.', 'Michael Bloomberg']],
      [['Bloomberg has spent years warning about the influence of party politics.', null]],
      [['A Quinnipiac University poll released Wednesday showed Rubio with a narrow lead.', null]],
    ],
  },
];
