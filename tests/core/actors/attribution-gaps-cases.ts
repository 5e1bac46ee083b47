// Attribution cases written for the patterns named as gaps (a relative clause between source and cue,
// reported speech continued by "He said" in the next sentence, a role that tells reporters, title-case
// headlines), mixed with statements that name no source. Written and scored once before any rule was
// changed for them (figures in attribution-gaps.test.ts). Not taken from any publication.
import type { AttributionCase } from './attribution-cases';

export const GAP_CASES: AttributionCase[] = [
  {
    name: 'en gaps: a cue word that is a plural noun ("states", "claims") before a verb',
    lang: 'en',
    paragraphs: [
      [['Foreign ministers from four Baltic states agreed on Monday to share radar data.', null]],
      [['The claims were rejected by the port operator.', null]],
      [['Minister Ona Petraitis states that the data will be shared from May.', 'Ona Petraitis']],
    ],
  },
  {
    name: 'en gaps: a relative clause between the source and the cue',
    lang: 'en',
    paragraphs: [
      [['Farmers in the region have lost most of the harvest to the drought.', null]],
      [['Maria Gonzalez, who has grown olives near Jaen for 30 years, said the trees were dying.', 'Maria Gonzalez'], ['She said she could not remember a drier spring.', 'Maria Gonzalez']],
      [['Agriculture Minister Luis Planas, who visited the area on Friday, said emergency aid would be paid within weeks.', 'Luis Planas']],
      [['The European Commission has promised 200 million euros to the worst-hit regions.', null]],
    ],
  },
  {
    name: 'en gaps: reported speech continued in the next sentence',
    lang: 'en',
    paragraphs: [
      [['NATO Secretary General Mark Rutte met defence ministers in Brussels on Thursday.', null]],
      [['Rutte said member states had to spend more on air defence.', 'Mark Rutte'], ['He said the alliance would agree new targets by the summer.', 'Mark Rutte'], ['He added that industry needed long-term orders.', 'Mark Rutte']],
      [['The meeting ended without a joint statement.', null]],
      [['Finnish Defence Minister Antti Hakkanen said his country was ready to host more troops.', 'Antti Hakkanen'], ['He told reporters that the border with Russia remained calm.', 'Antti Hakkanen']],
    ],
  },
  {
    name: 'en gaps: a spokesman who tells reporters',
    lang: 'en',
    paragraphs: [
      [['Kremlin spokesman Dmitry Peskov declined to comment on the report.', null]],
      [['The spokesman told reporters that the president had no plans to travel abroad this month.', 'Dmitry Peskov']],
      [['Officials said the schedule could change.', null]],
      [['State Department spokesman Matthew Miller said Washington was studying the proposal.', 'Matthew Miller'], ['The spokesman told reporters the United States would consult its allies first.', 'Matthew Miller']],
    ],
  },
  {
    name: 'en gaps: title-case headline',
    lang: 'en',
    title: true,
    paragraphs: [
      [['Trump Says Tariffs On Steel Will Stay', 'Donald Trump']],
      [['President Donald Trump said on Monday that tariffs on imported steel would remain in place.', 'Donald Trump']],
      [['Steel prices rose 3% after the announcement.', null]],
      [['"We are protecting our workers," Trump told supporters in Ohio.', 'Donald Trump']],
    ],
  },
  {
    name: 'en gaps: title-case headline with a surname',
    lang: 'en',
    title: true,
    paragraphs: [
      [['Macron Warns Of Long War In Ukraine', 'Emmanuel Macron']],
      [['French President Emmanuel Macron warned on Saturday that the war could last for years.', 'Emmanuel Macron']],
      [['Macron, who spoke at a defence fair near Paris, said Europe had to produce more ammunition.', 'Emmanuel Macron']],
      [['Around 2,000 companies took part in the fair.', null]],
    ],
  },
  {
    name: 'en gaps: mixed wire report',
    lang: 'en',
    paragraphs: [
      [['The central bank kept its key rate at 16 percent on Friday.', null]],
      [['Governor Elvira Nabiullina, who has led the bank since 2013, said inflation was slowing.', 'Elvira Nabiullina'], ['She said further cuts depended on the budget.', 'Elvira Nabiullina']],
      [['Analysts said the decision had been expected.', null]],
      [['"The bank is being cautious," said Sofya Donets, an economist at T-Bank.', 'Sofya Donets'], ['She said the rate could fall to 14 percent by December.', 'Sofya Donets']],
    ],
  },
  {
    name: 'ru gaps: придаточное между источником и глаголом, продолжение в следующем предложении',
    lang: 'ru',
    paragraphs: [
      [['Глава Минфина Антон Силуанов, который выступал на форуме в Москве, заявил, что бюджет будет сбалансирован.', 'Антон Силуанов'], ['Он также сказал, что налоги повышать не планируется.', 'Антон Силуанов']],
      [['Эксперты считают, что дефицит сохранится.', null]],
      [['Пресс-секретарь президента Дмитрий Песков отказался от комментариев.', null], ['Позже он сообщил журналистам, что встреча состоится в пятницу.', 'Дмитрий Песков']],
    ],
  },
];
