// English word lists for the actors analysis: cue verbs, role words, organisation and place words,
// titles, months and currencies. Short, hand-kept lists: the rules in entities.ts and speakers.ts read them.

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Verbs of saying (every form used in news), lower case. "said" in "Putin said", "said Putin". */
export const EN_CUE_VERBS = set(`
  say says said saying tell tells told telling state states stated stating add adds added adding
  note notes noted noting stress stresses stressed stressing emphasise emphasises emphasised emphasising
  emphasize emphasizes emphasized emphasizing announce announces announced announcing declare declares declared
  claim claims claimed claiming argue argues argued arguing insist insists insisted insisting explain explains
  explained explaining warn warns warned warning suggest suggests suggested acknowledge acknowledges acknowledged
  admit admits admitted confirm confirms confirmed deny denies denied reply replies replied respond responds
  responded write writes wrote comment comments commented remark remarks remarked observe observes observed
  recall recalls recalled report reports reported assert asserts asserted contend contends contended maintain
  maintains maintained reiterate reiterates reiterated underline underlines underlined underscored underscores
  predict predicts predicted promise promises promised vow vows vowed pledge pledges pledged concede concedes
  conceded complain complains complained allege alleges alleged accuse accuses accused urge urges urged
  describe describes described quip quipped thank thanks thanked welcome welcomes welcomed cite cites cited citing
  praise praises praised criticise criticises criticised criticize criticizes criticized
  believe believes believed think thinks thought estimate estimates estimated call calls called branded dubbed
  tweeted posted disclose discloses disclosed reveal reveals revealed indicate indicates indicated signaled
  signalled hinted boasted joked testify testifies testified countered retorted lament laments lamented
  speculate speculates speculated recount recounts recounted demanded charged reaffirm reaffirms reaffirmed
  clarify clarifies clarified
`);

/** Cue verbs that need a following "that", a colon or a quotation to mark speech (they also mean other things). */
export const EN_WEAK_CUES = set(`
  believe believes believed think thinks thought welcome welcomes welcomed cite cites cited
  praise praises praised describe describes described estimate estimates estimated report reports reported
  observe observes observed maintain maintains maintained call calls called branded dubbed
  tweeted posted disclose discloses disclosed reveal reveals revealed indicate indicates indicated signaled
  signalled hinted boasted testify testifies testified countered lament laments lamented speculate speculates
  speculated recount recounts recounted demanded charged reaffirm reaffirms reaffirmed clarify clarifies
  clarified
`);

/** Two-word cues: the first word, then the second. "pointed out", "pointed to", "went on". */
export const EN_PHRASAL_CUES: Record<string, string[]> = {
  pointed: ['out', 'to'],
  points: ['out', 'to'],
  point: ['out', 'to'],
  spoke: ['of', 'about'],
  went: ['on'],
  goes: ['on'],
};

/** Participles that attach speech to the clause's subject: "Putin welcomed Aliyev, noting that…". */
export const EN_PARTICIPLE_CUES = set(`saying adding noting stressing emphasising emphasizing arguing warning explaining insisting citing claiming calling describing accusing urging telling declaring asserting vowing`);

/** Words allowed between a subject and its cue verb: "Putin also said", "Aliyev has repeatedly said". */
export const EN_CUE_ADVERBS = set(`
  also later then further again once previously earlier repeatedly has have had had been was is would will
  once recently today yesterday subsequently later on reportedly separately publicly openly privately bluntly
  firmly clearly finally first initially immediately quickly already still
`);

/** Auxiliaries that make a passive before a cue ("he was told"): the subject is not the speaker. */
export const EN_PASSIVE = set(`was were is are be been being`);

export const EN_PRONOUNS: Record<string, 'm' | 'f' | 'p'> = { he: 'm', she: 'f', they: 'p' };

/** Role heads for people; lower case. "the minister", "the Russian president". */
export const EN_PERSON_ROLES = set(`
  president vice-president premier chancellor minister secretary spokesman spokeswoman spokesperson leader
  official chairman chairwoman chair governor mayor ambassador envoy commander general prosecutor judge senator
  lawmaker congressman congresswoman mp diplomat director chief head ceo founder king queen prince emperor pope
  patriarch advisor adviser aide deputy representative negotiator economist analyst expert professor
  lieutenant colonel captain admiral sheikh emir president-elect candidate mufti coach manager nominee
`);

/** Generic heads that stand for any head of state or government ("the Azerbaijani leader"). */
export const EN_GENERIC_LEADER = set(`leader head`);
export const EN_HEAD_OF_STATE = set(`president premier chancellor king queen emir prime`);

/** Titles that open a person's name and are not part of it: "Mr Putin", "Dr. Smith". */
export const EN_TITLES = set(`mr mrs ms miss dr sir dame lord lady prof`);

/** Abbreviated titles, titles only with their period: "Sen. Sanders" (and "Amrita Sen" is a name). */
export const EN_TITLE_ABBREVIATIONS = set(`gen col capt lt sgt adm rev sen rep gov atty supt insp maj cpl`);

/** Title words before a name that say it is a person: "President Putin", "Foreign Minister Lavrov". */
export const EN_PERSON_TITLE_WORDS = set(`
  president minister premier chancellor senator governor mayor ambassador secretary spokesman spokeswoman
  judge king queen prince princess pope general colonel captain admiral commander chairman sheikh emir
  representative leader speaker whip chair chairwoman ceo coach attorney spokesperson prosecutor sheriff
`);

/** Organisation head words (capitalised inside a name): "Ministry of Defence", "Gazprom Group". */
export const EN_ORG_WORDS = set(`
  ministry department office agency bank party council committee commission company corporation corp inc ltd
  reserve partners electronics systems technologies technology capital pharmaceuticals entertainment media
  communications telecom insurance petroleum steel foods brands labs ventures investments securities financial
  exchange juniors programme program
  llc plc group holdings university institute college school union organisation organization association
  federation foundation fund court parliament assembly congress senate duma kremlin pentagon army navy police
  forces service services authority board bureau administration government cabinet church club team
  network news times post journal press agency tribune gazette herald reuters radio tv television airlines
  airways motors bloc alliance movement front coalition centre center unit directorate secretariat
  embassy consulate mission delegation watch international confederation chamber league industry industries
`);

/** Organisation names often written bare (lower case key). */
export const EN_KNOWN_ORGS = set(`
  kremlin reuters tass interfax ria bloomberg afp ap bbc cnn nato un eu imf opec who wto osce unesco unicef
  gazprom rosneft lukoil sberbank google facebook microsoft apple amazon twitter meta nasa fbi cia nsa kgb fsb
  hamas hezbollah taliban isis pentagon congress parliament senate duma knesset bundestag xinhua aljazeera
  al-jazeera ft wsj cbs nbc abc fox politico axios sputnik rt novaya gazeta kommersant vedomosti
  rosstat roskosmos rosatom rostec aeroflot sberbank vtb novatek transneft euronews dw afp efe ansa kyodo yonhap
  volkswagen toyota bmw mercedes-benz siemens nokia samsung sony boeing airbus tesla nvidia intel ibm oracle
  netflix uber alibaba tencent huawei baidu bytedance tiktok openai spacex pfizer moderna astrazeneca novartis
  nestle unilever hsbc barclays jpmorgan citigroup ubs glencore amnesty greenpeace unicef unhcr wfp fifa uefa ioc
  socar bp shell exxon chevron total nbc npr ukrinform unian anadolu apa trend azertac
  goldman morgan-stanley aramco ferrari mercedes porsche renault nissan honda hyundai stellantis fiat visa
  mastercard paypal spotify adobe cisco qualcomm tsmc xiaomi lenovo walmart costco starbucks disney pepsico
  coca-cola nike adidas ikea lvmh bayer basf bosch daimler lufthansa ryanair easyjet vodafone ericsson philips
  heineken danone carrefour axa allianz santander bnp rabobank aviva blackrock vanguard berkshire evergrande
  sinopec petrobras equinor eni repsol totalenergies bhp activision anthropic deepmind linkedin youtube
  instagram whatsapp telegram snapchat x-corp zynga ubisoft nintendo panasonic toshiba hitachi
`);

/** Words that end a place name: "Hudson River", "Red Square". */
export const EN_PLACE_WORDS = set(`
  city river sea ocean island islands mountains mountain lake bay gulf strait province region oblast district
  county state street square avenue valley desert peninsula coast republic kingdom territory territories
  krai canal airport stadium arena cathedral palace bridge station harbour harbor beach
`);

/** Countries, capitals, regions and large cities (lower case). Place names written as one or several words. */
export const EN_PLACES = set(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain bangladesh
  belarus belgium bolivia bosnia brazil bulgaria cambodia cameroon canada chad chile china colombia congo
  croatia cuba cyprus czechia denmark ecuador egypt estonia ethiopia finland france georgia germany ghana greece
  guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan
  kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg macedonia madagascar
  malaysia mali malta mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal
  netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
  portugal qatar romania russia rwanda senegal serbia singapore slovakia slovenia somalia spain sudan sweden
  switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay
  uzbekistan venezuela vietnam yemen zambia zimbabwe abkhazia crimea donbas donbass chechnya dagestan
  nagorno-karabakh karabakh gaza chechnya transnistria siberia europe asia africa america antarctica
  eurasia caucasus balkans scandinavia baltic arctic britain england scotland wales uk usa us u.s. uae drc
  moscow petersburg kiev kyiv minsk baku yerevan tbilisi astana almaty tashkent bishkek dushanbe ashgabat
  london paris berlin rome madrid lisbon vienna prague warsaw budapest bucharest sofia belgrade athens
  ankara istanbul tehran baghdad damascus beirut cairo riyadh doha dubai jerusalem tel aviv kabul islamabad delhi
  mumbai beijing shanghai tokyo seoul pyongyang hanoi bangkok jakarta manila sydney canberra ottawa toronto
  washington york chicago boston brussels geneva zurich amsterdam stockholm oslo helsinki copenhagen dublin
  vilnius riga tallinn chisinau odessa odesa kharkiv donetsk luhansk mariupol sevastopol novosibirsk
  yekaterinburg kazan sochi vladivostok murmansk kaliningrad shusha stepanakert ganja nakhchivan lachin
  california texas florida virginia ohio arizona alaska hawaii brooklyn manhattan hollywood
  alabama arkansas colorado connecticut delaware idaho illinois indiana iowa kansas kentucky louisiana maine
  maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada oklahoma oregon
  pennsylvania tennessee utah vermont wisconsin wyoming carolina dakota jersey
  atlanta dallas houston miami seattle denver detroit philadelphia phoenix baltimore pittsburgh cleveland
  montreal vancouver havana caracas bogota lima santiago brasilia quito montevideo asuncion
  lagos nairobi addis ababa khartoum kinshasa johannesburg pretoria tunis algiers rabat tripoli dakar accra
  karachi lahore kolkata chennai bangalore dhaka colombo kathmandu hanoi saigon phnom penh yangon taipei
  osaka kyoto busan vladivostok mecca medina gaza ramallah hebron haifa aleppo homs idlib mosul basra erbil
  kirkuk raqqa sanaa aden muscat manama kuwait abu marseille lyon munich frankfurt hamburg cologne milan
  naples turin florence venice barcelona valencia seville porto oporto krakow gdansk lviv rotterdam antwerp
  salzburg geneva bern lausanne davos edinburgh glasgow manchester liverpool birmingham leeds belfast cardiff
  westminster whitehall zaporizhzhia dnipro lviv bakhmut avdiivka kherson mykolaiv zhytomyr chernihiv sumy poltava
  belgorod kursk bryansk rostov krasnodar voronezh samara saratov volgograd perm ufa omsk tomsk irkutsk
`);

/** Place names of several words (lower case). */
export const EN_MULTIWORD_PLACES = new Set([
  'russian federation', 'united states', 'united kingdom', 'south korea', 'north korea', 'saudi arabia', 'new york',
  'middle east', 'red square', 'tel aviv', 'new delhi', 'hong kong', 'south africa', 'sri lanka', 'new zealand',
  'czech republic', 'east jerusalem', 'west bank', 'gaza strip', 'south caucasus', 'central asia', 'latin america',
  'north america', 'south america', 'st. petersburg', 'nagorno karabakh', 'costa rica', 'el salvador', 'san francisco',
  'los angeles', 'rio de janeiro', 'buenos aires', 'abu dhabi', 'kuala lumpur', 'the hague', 'capitol hill',
  'downing street', 'united arab emirates', 'european union', 'north carolina', 'south carolina', 'north dakota',
  'south dakota', 'west virginia', 'new mexico', 'new jersey', 'new hampshire', 'rhode island', 'new orleans',
  'las vegas', 'san diego', 'st louis', 'hong kong', 'puerto rico', 'sierra leone', 'burkina faso', 'ivory coast',
  'south sudan', 'north macedonia', 'bosnia and herzegovina', 'papua new guinea', 'cape town', 'mexico city',
  'sao paulo', 'são paulo', 'santiago de chile', 'kuwait city', 'ho chi minh city', 'northern ireland',
]);
/** Organisations of several words that hold no organisation word. */
export const EN_MULTIWORD_ORGS = new Set(['white house', 'european union', 'siemens energy', 'downing street', 'state department', 'capitol hill', 'wells fargo', 'morgan stanley', 'credit suisse', 'general motors', 'general electric', 'exxon mobil', 'saudi aramco', 'activision blizzard', 'rolls-royce', 'royal navy', 'royal air force']);

/** Acronyms that are places, not organisations. */
export const EN_PLACE_ACRONYMS = set(`US USA UK UAE DRC USSR`);

/** Nationality adjectives and demonyms → the country's lower-case name, for roles ("the Russian president"). */
export const EN_NATIONALITY: Record<string, string> = {
  russian: 'russia', azerbaijani: 'azerbaijan', armenian: 'armenia', ukrainian: 'ukraine', american: 'usa',
  us: 'usa', 'u.s.': 'usa', british: 'uk', french: 'france', german: 'germany', chinese: 'china', japanese: 'japan',
  turkish: 'turkey', iranian: 'iran', israeli: 'israel', palestinian: 'palestine', georgian: 'georgia',
  belarusian: 'belarus', kazakh: 'kazakhstan', italian: 'italy', spanish: 'spain', polish: 'poland',
  indian: 'india', pakistani: 'pakistan', syrian: 'syria', iraqi: 'iraq', egyptian: 'egypt', saudi: 'saudi arabia',
  korean: 'korea', canadian: 'canada', mexican: 'mexico', brazilian: 'brazil', afghan: 'afghanistan',
  moldovan: 'moldova', hungarian: 'hungary', greek: 'greece', dutch: 'netherlands', swedish: 'sweden',
  finnish: 'finland', norwegian: 'norway', austrian: 'austria', swiss: 'switzerland', serbian: 'serbia',
  european: 'europe', uzbek: 'uzbekistan', kyrgyz: 'kyrgyzstan', tajik: 'tajikistan', lithuanian: 'lithuania',
  latvian: 'latvia', estonian: 'estonia', romanian: 'romania', bulgarian: 'bulgaria', czech: 'czechia',
  venezuelan: 'venezuela', cuban: 'cuba', lebanese: 'lebanon', jordanian: 'jordan', qatari: 'qatar',
  emirati: 'uae', nigerian: 'nigeria', kenyan: 'kenya', australian: 'australia', irish: 'ireland',
};

/** Words that may open a sentence capitalised and are never a name (lower case). */
export const EN_FUNCTION_WORDS = set(`
  a an the this that these those it its it's he she they we i you his her their our my your him them us
  in on at of for to from by with as and or but if when while after before since until because though although
  during after about over under into onto than then there here what which who whom whose where why how
  all any some many most more much few several each every no not nor yet so also only just even still
  is are was were be been has have had do does did will would can could should may might must shall
  according meanwhile however moreover furthermore finally first second third last next later earlier today
  yesterday tomorrow now once again other another such both either neither one two three four five six seven
  eight nine ten mr mrs ms dr speaking asked said says told discussing following despite among between
  without within against along across through throughout toward towards upon per via amid amidst
  president minister prime foreign deputy former new old chief senior top leader officials official government
  monday tuesday wednesday thursday friday saturday sunday
  photo source sources image video read updated published reporting editing writing
  republican republicans democrat democrats democratic conservative conservatives labour liberal liberals
  independent socialist socialists communist communists tory tories greens
`);

export const EN_MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const EN_WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Currency words and symbols after or before an amount. */
export const EN_CURRENCY_WORDS = set(`
  dollar dollars usd euro euros eur pound pounds gbp rouble roubles ruble rubles rub yen yuan renminbi
  manat manats hryvnia hryvnias lira liras rupee rupees franc francs won dinar dinars riyal riyals shekel
  shekels tenge lari dram drams
`);

export const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₽', '₴', '₹', '₺', '₼', '₸']);

/** Scale words that join an amount: "3 billion dollars", "$2.5 million". */
export const EN_SCALE = set(`thousand million billion trillion bn mln m k`);

/** Units of quantities: "44 km", "300 tonnes", "5,000 troops". */
export const EN_UNITS = set(`
  km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m cm mm kg kilograms
  tonnes tons tonne ton barrels barrel bpd litres liters hectares acres degrees people troops soldiers
  persons residents voters refugees casualties deaths days weeks months years hours minutes seconds
  mw gw kw kwh cubic bcm square sq percent
`);

/** First names (lower case) that tell a sequence is a person and its gender. */
export const EN_MALE_NAMES = set(`
  vladimir ilham sergei sergey dmitry dmitri mikhail alexei alexey alexander aleksandr nikolai nikol ivan
  igor oleg yuri boris viktor victor andrei andrey pavel maxim anatoly valery vyacheslav ramzan recep tayyip
  emmanuel joe donald barack george bill john james robert michael david richard joseph thomas charles
  christopher daniel matthew anthony mark paul steven andrew kenneth joshua kevin brian edward ronald timothy
  jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  frank gregory raymond patrick jack dennis jerry tyler aaron henry peter adam nathan zachary douglas
  jose juan carlos luis jorge pedro antonio francisco manuel xi li wang ali mohammed muhammad ahmed hassan
  hussein omar abdullah ibrahim mahmoud bashar hamad tamim salman recep ilham heydar olaf angela rishi boris keir
  jens antony lloyd jake volodymyr petro viktor alexander emomali shavkat sadyr serdar kassym-jomart nursultan
  alexander jeyhun hikmat elmar mukhtar farid ramiz novruz  hikmet elnur ogtay vagif ali
  narendra shinzo fumio yoon moon kim jong-un justin emmanuel giorgia pedro mark ursula charles josep
  nikos kyriakos andrzej mateusz gitanas egils alar karl olaf frank-walter pope francis benedict
  bernie chuck mitch kevin mike mick ted rand lindsey marco ron gavin pete hakeem jim jd tim chris bob
  ron rudy rick newt dick al hunter beto cory mitt lloyd antony merrick rishi keir nigel jeremy theresa
  sadiq ed ben abdulaziz mohammed faisal benjamin naftali yair isaac bibi ismail yahya hossein ebrahim
  javad abbas mahmoud ayatollah ali-akbar masoud luiz lula jair gustavo nicolas javier andres claudia
  aleksandar milorad zoran edi ilir albin hashim aleksandar  alexis kyriakos giorgos miroslav
  vladislav yevgeny yevgeny ramzan sergey sergiy dmytro oleksandr oleksiy mykhailo vitali vitaliy petro
  arseniy andriy denys kyrylo valerii ruslan taras igor arkady alexei  grigory mikheil giorgi
  irakli bidzina levan zurab david davit ararat armen serzh robert levon tigran eduard ruben
  jeyhun elmar hikmet mukhtar farhad elchin ramil kamran ilham heydar shavkat emomali sooronbay
  serdar gurbanguly nursultan kassym-jomart alikhan askar karim
  harry lewis oliver william jerome louis leo arthur alfie freddie archie charlie max lucas noah liam ethan
  mason logan elijah owen luke dylan connor callum jamie neil ian colin graham alan stuart martin simon philip
  roger keith derek trevor wayne gareth rhys dafydd sean declan liam niall ciaran eoin conor hugh fergus angus
  hamish rory jude novak rafael roger andy lionel cristiano neymar kylian erling mohamed mo sadio karim luka
  antoine olivier didier thierry zinedine pierre jean jacques francois michel alain bernard philippe laurent
  hans klaus jurgen jürgen wolfgang helmut gerhard horst dieter thomas stefan markus matthias lars sven erik
  arne nils magnus anders henrik johan bjorn björn mats per ole jan piet willem luc geert mark bart
  giuseppe giovanni luca marco matteo lorenzo alessandro francesco mario silvio sergio enrico paolo roberto
  miguel alejandro diego fernando rafael pablo javier raul raúl sergio alvaro álvaro iker xavi andres andrés
  joao joão paulo rui bruno tiago cristiano vinicius rodrygo gabriel lucas
  kenji hiroshi takeshi yuki shigeru haruki akira kazuo taro ichiro shohei
  wei ming jun hao chen yang lei jian feng hui tao xiaoping jinping qiang keqiang
  raj rahul amit arvind sanjay vijay anil sunil rajesh manmohan amitabh virat sachin imran nawaz shehbaz
  mahmoud yasser khaled khalid tariq samir nabil walid youssef yusuf mustafa mehmet ahmet emre kemal
  kwame kofi nelson cyril jacob thabo uhuru william paul yoweri abiy muhammadu bola goodluck olusegun
  elon jeff warren tim satya sundar sam larry sergey mark jensen bill steve jamie lloyd
`);

export const EN_FEMALE_NAMES = set(`
  maria mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca laura
  sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
  debra rachel catherine carolyn janet ruth maria hillary kamala nancy theresa liz ursula giorgia angela
  mehriban leyla arzu valentina elvira tatiana tatyana olga irina natalia natalya svetlana yelena elena
  ekaterina yekaterina marina galina lyudmila nadezhda veronika yulia julia sophia sofia ella kaja ingrida
  annalena christine jacinda sanna mette nicola kaja maia salome ivana natasha svetlana  marine ségolène
  nikki tulsi elise kirsten amy stacey lauren kristi gretchen kathy janet gina marjorie lisa susan jeanne
  alexandria ilhan rashida ayanna karine jen dana hope kellyanne sarah  betsy nikki condoleezza madeleine
  theresa priti suella kemi yvette rachel harriet nadine andrea penny liz jacinda julia kristalina christine
  ngozi samantha linda michele ruth sonia elena ketanji amy sandra beth megan emily claire
  taylor serena venus naomi simone coco iga aryna maria sophie charlotte olivia amelia isla ava mia grace
  lily ella chloe lucy holly jessica hannah zoe ellie katie lauren abigail alice florence freya poppy
  isabel isabella valentina camila lucia martina paula carmen pilar marta ana beatriz fernanda
  marie anne sylvie isabelle brigitte marine ségolène nathalie helene hélène ursula annalena greta ingrid
  astrid birgit heike sabine petra gabriele monika frederikke mette margrethe
  yuko yoko keiko sakura aiko mei ling xia fang priya sonia indira nirmala benazir malala
  fatima aisha amina leila layla zainab mariam maryam yasmin noor rania queen oprah beyonce beyoncé rihanna
`);
