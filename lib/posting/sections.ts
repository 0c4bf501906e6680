import type { PostingSection, SectionKind } from './types';

/**
 * Splits a posting's description into sections by its headings, so that a
 * skill under "Nice to have" weighs less than one under "Requirements", and
 * one under "About us" or "Benefits" is not asked of the candidate at all.
 * Order matters: "Preferred qualifications" is preferred, not requirements.
 */
/** A kind's heading pattern, or several (a heading of the kind matches any of them, as one alternation of them would). */
/**
 * Vetting and work rights as a label ("Security", "Right to work", "Vetting and eligibility"): alone on a line it heads an
 * ask part; before a colon with content after it ("Visa: USC, GC only") it is a field of its own (inlineHeading).
 */
const VETTING_LABEL = /^(?:security(?: clearance| vetting| checks?)?|(?:security )?clearance(?: requirements?)?|vetting|right to work|work(?:ing)? rights|work authori[sz]ation|visa(?: status| sponsorship)?)(?:\s*(?:and|&)\s*(?:vetting|right to work|eligibility))?$/i;

/** A field of the listing that says nothing is asked: "Clearance: None required", "Travel: none" (lib/requirements/items.ts too). */
export const NOTHING_ASKED_FIELD = /^[^:]{2,40}:\s*(?:none|not required|not needed|no(?:ne)?\s+(?:required|needed)|n\/a)\s*\.?$/i;

const HEADINGS: ReadonlyArray<[SectionKind, RegExp | readonly RegExp[]]> = [
  // (s61b tune) What the job is after a span of time, "In twelve months, you'll have", "Within a year you will have", "After six
  // months you'll be": the work's outcome (the duties), not the asks ("you'll have" alone reads so further down).
  ['responsibilities', /^(?:in|within|after|by\s+the\s+end\s+of)\s+(?:(?:your|the)\s+first\s+)?(?:\d{1,2}|one|two|three|four|six|nine|twelve|eighteen|a|an)\s+(?:weeks?|months?|years?|quarters?)(?:\s+(?:in|on)\s+the\s+(?:job|role))?,?\s+you(?:(?:'|\u2019)ll|\s+will)\s+(?:have|be)(?:\s+(?:done|built|shipped|achieved|owned))?$/i],
  // (s61b tune) "As a Warehouse Systems Analyst, your days will include:", "Your days will involve": the work, said in a sentence.
  ['responsibilities', /^(?:as\s+(?:a|an|our|the)\s+[^,]{2,50},\s+)?(?:your\s+(?:days|weeks|day-to-day)\s+(?:will|would)\s+(?:include|involve|look\s+like)|a\s+typical\s+day\s+(?:will\s+)?includes?)$/i],
  // (s61b tune) "What you'll receive", "Here's what you'll earn": the perks.
  ['benefits', /^(?:(?:here(?:'|\u2019)s\s+)?what\s+you(?:(?:'|\u2019)ll|\s+will)\s+(?:receive|earn)(?:\s+from\s+us)?)$/i],
  // (s61 tune) A wish said as help, left open on the reader: "It helps if you have", "It would help if you know", "Helps if
  // you've": what helps is wished, not asked (first: "if you have" alone reads as the asks further down).
  ['preferred', /^(?:(?:it|this|that)\s+)?(?:helps|(?:would|could|might|will|does)\s+(?:(?:also|really|certainly)\s+)?help|(?:(?:'|\u2019)d|(?:'|\u2019)ll)\s+help)(?:\s+(?:a\s+lot|too|also))?\s+if\s+you(?:(?:'|\u2019)ve|(?:'|\u2019)re|\s+(?:also\s+|already\s+)?(?:have|know|bring|are|can|speak|hold))?$/i],
  // (s57 tune) Headings said as a question of fit or of the offer: "Is this the job for you?", "Are you the one?", "What's on
  // offer?" (as "Is this you?" and "What's in it for you?" are); first, before "the role" or "the job" name the duties.
  ['requirements', /^(?:is\s+(?:this|it)\s+(?:the|your)\s+(?:job|role|position|gig|team)\s+for\s+you|are\s+you\s+(?:the\s+one|who\s+we(?:'|\u2019)re\s+looking\s+for|the\s+person\s+we(?:'|\u2019)re\s+looking\s+for))\??$/i],
  ['benefits', /^(?:what(?:'|\u2019)s|what\s+is)\s+(?:also\s+)?on\s+offer\??$|^on\s+offer$/i],
  // (s58 tune) Headings said as whole sentences: "Here's what will make you successful" (the asks), "You'll really shine if you
  // also" (a fit said with "also": the wishes), "Here's how we'll look after you" (the perks), "You'll be:" alone (the work).
  ['requirements', /^(?:here(?:'|\u2019)s\s+|here\s+is\s+)?what\s+(?:will|would|could|should|is\s+going\s+to|might)\s+make\s+you\s+(?:successful|succeed|thrive|shine|great|a\s+(?:great|good|strong|successful)\s+(?:fit|match|hire|candidate))(?:\s+(?:here|with\s+us|in\s+(?:this|the)\s+(?:role|job|position)))?$/i],
  ['preferred', /^you(?:(?:'|\u2019)?ll|(?:'|\u2019)d|\s+will|\s+may|\s+might|\s+could|\s+would)?\s+(?:really\s+|truly\s+|especially\s+|also\s+)?(?:shine|thrive|excel|stand\s+out|do\s+(?:really\s+)?well|succeed|fit(?:\s+right)?\s+in|fit)(?:\s+(?:even\s+)?more|\s+further)?(?:\s+here|\s+with\s+us)?\s+if\s+you\s+(?:also|additionally|too)$/i],
  ['benefits', /^(?:here(?:'|\u2019)s\s+|here\s+is\s+)?how\s+we(?:(?:'|\u2019)ll|\s+will)?\s+(?:look\s+after|take\s+care\s+of|care\s+for|reward|invest\s+in)\s+you$/i],
  ['responsibilities', /^(?:in\s+(?:this|the)\s+(?:role|job),?\s+)?you(?:(?:'|\u2019)ll|\s+will)\s+be$/i],
  // (s60b tune) "Non-negotiables", "The non-negotiables", "Our non-negotiable requirements": what cannot be waived, the asks.
  ['requirements', /^(?:the\s+|our\s+|a\s+few\s+|some\s+)?non[- ]?negotiables?(?:\s+(?:skills|requirements|qualifications|experience))?$/i],
  // (s59 tune) "The job, roughly", "The role in short", "The work, at a glance": the job named with a hedge on how fully it is
  // told; the work, not the company's story ("In short" alone stays the about-us it was).
  ['responsibilities', /^the\s+(?:job|role|gig|work|position),?\s+(?:roughly|briefly|(?:roughly\s+)?speaking|in\s+(?:short|brief|a\s+nutshell|a\s+sentence|a\s+few\s+(?:words|lines)|plain\s+(?:words|english)|practice)|at\s+a\s+glance|day\s+to\s+day)$/i],
  // (s59 tune) "Stuff you'll touch", "Things you'll use", "Gear you'll play with": the stack said as what the reader will handle, a
  // part of no kind as "Tech we use" is (below); first, before "things you'll ..." names the work.
  ['other', /^(?:the\s+)?(?:stuff|things|kit|gear|toys)\s+you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would)\s+(?:get\s+to\s+)?(?:touch|use|be\s+using|play\s+with|get\s+your\s+hands\s+on)$/i],
  // (s58b tune) "What you'll be getting into" (the work), "This might be you if" (the asks), as sentences.
  ['responsibilities', /^what\s+you(?:(?:'|\u2019)ll|\s+will)\s+(?:be\s+)?(?:getting\s+into|getting\s+up\s+to|diving\s+into|taking\s+on|get\s+into|dive\s+into|take\s+on)$/i],
  ['requirements', /^(?:this|that|it)\s+(?:might|may|could|is\s+probably|is\s+likely)\s+(?:just\s+)?be\s+you(?:\s+if(?:\s+you)?)?$/i],
  // (s58, s56b's tune misses) "What we'd count on you for", "Where you're strong" (the asks), "Might also fit" (the wishes).
  ['requirements', /^what\s+we(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will)?\s+count\s+on\s+you\s+(?:for|to\s+(?:have|know|bring))$|^where\s+you(?:(?:'|\u2019)re|\s+are)\s+(?:strong|strongest|at\s+home|experienced)$/i],
  ['preferred', /^(?:(?:it|this|that|these|what)\s+)?(?:might|may|could)\s+also\s+(?:fit|suit)$/i],
  ['preferred', [
    /\b(nice[ -]to[ -]haves?|(?:nice|bonus|helpful|great|a plus) if (?:you|we)\b|(?:we(?:'|’)?d|we would) (?:also |really |especially )?love it if|bonus(?: points)?|preferred|plus(?:s)?es|a plus|extra credit|nice extras|welcome (?:skills|experience|requirements|qualifications)|desired(?!\s+(?:candidate(?:'|’)?s?\s+)?profile)|desirable|good to (?:have|know)|ideally|it would be (?:great|lovely|brilliant|wonderful|good) (?:if|to)|it would be great|it(?:'|’)d be (?:great|nice|a plus)|would be (?:nice|great|lovely|a plus|a bonus)|stand out|not (?:required|needed|necessary|essential),? but|nice,? (?:but )?not (?:required|needed|necessary|essential)|(?:may|might|could) also (?:have|bring|know)|even better|great to haves?|^plus(?:es)?$|^(?:also |very |really )?(?:helpful|useful|handy)(?: (?:extras?|skills?|experience|background|qualifications|to have|to know|things to have))?$|(?:we|we(?:'|’)d|we would) (?:also |slightly |strongly )?prefer|^additional (?:qualifications|skills)$|^(?:(?:considered |would be )?(?:an )?assets?|differentials?|differentiators?|nice)$|^(?:meriting|meritorious|merits|meriterande)$|highly regarded|(?:what )?(?:sets|will set|would set|could set) you apart|^(?:(?:would be|is|are) )?(?:highly )?(?:regarded|advantageous|valued)$)\b/i,
    // (s57) Canada's public service posters: "Asset qualifications", "Asset criteria" (the essential ones are the asks).
    /^assets?\s+(?:qualifications?|criteria|experience|skills|requirements)$/i,
    // (s43) wishes said in other words: "Cherry on top", "Brownie points", "Icing on the cake", "Things that would help, but we'll teach you".
    // (s44) "Welcome" alone over a list, as postings from Japan and Korea head their wished skills (歓迎要件, 우대사항).
    /^welcome$/i,
    // (s59 lead) "[Must]" over the asks and "[Want]" over the wishes, as Japan's boards head them in English.
    /^wants?$/i,
    // (s53 tune) "Also nice:", "Also great:", "Also welcome:": a wish's label with "also" before it.
    /^also\s+(?:nice|great|good|welcome|cool)(?:\s+to\s+have)?$/i,
    // (s51b, s43b) "Anything else?" after the asks: what would help besides them.
    /^anything else(?: (?:that (?:would|could|might) help|we(?:(?:'|\u2019)d| would) (?:love|like) to see))?$/i,
    /\b(extra points|(?:handy|helpful|useful|nice),? but (?:optional|not (?:required|essential|needed))|cherry on (?:the )?top|icing on the cake|brownie points|(?:things|what|skills|experience|stuff) (?:that )?(?:would|will|could|might) (?:also )?(?:help|be (?:helpful|useful))|(?:things|what|skills|experience|stuff) (?:that|which)(?:'|\u2019)(?:ll|d) (?:also )?help|we(?:'|\u2019)ll teach you|we can teach you)\b/i,
  ]],
  ['benefits', /\b(benefits|perks|what we offer|we offer|^(?:what )?we (?:give|provide)(?: you)?$|the offer|^offer$|^our offer(?:ing)?$|^(?:ctc|(?:the |salary )?package|remuneration)$|what we (?:can(?:'|’)?t|cannot|can not|don(?:'|’)t|do not) offer|the deal|bonuses|compensation|salary|pay (?:range|transparency)|why (?:join|work)|what you(?:'|’)?(?:ll)? (?:get|like|love)(?: here| about)?|reasons (?:you(?:'|’)?d|to) (?:love|enjoy|join)|equal (?:employment )?opportunity|eeo|total rewards|what's in it for you|why you(?:'|’)?d enjoy|why you(?:(?:'|’)(?:ll|d)| will| would)? (?:love|like|enjoy) (?:it|working|being|life|your (?:work|job|time))\b|reasons you(?:(?:'|’)ll| will)? (?:love|enjoy)|^comp$|why (?:this|it) (?:could|might|would|will|may) (?:be )?(?:interest|excite|appeal)\w*|why (?:this|the) (?:role|job|opportunity)|^why [\w.&-]*\w(?=\?$)|goodies|(?:the )?nuts and bolts)\b/i],
  [
    'requirements',
    // Separate patterns: the two phrases with optional parts cost V8 ~2.5 ms more to compile cold inside the long alternation;
    // the vetting labels are the ones inlineHeading keeps as fields.
    [
      /\b(requirements?|qualifications?|^eligibility(?: criteria)?$|^conditions of employment$|(?:^(?:signals|things|qualities|traits|skills|people|who) |what )(?:we(?:(?:'|’)re| are)? )?(?:look(?:ing)?|hop(?:e|ing)|search(?:ing)?) for(?: in (?:you|a candidate|candidates|applicants))?$|(?:what|things|stuff) you(?:(?:'|’)?(?:ll|d)| will| would)? (?:need|bring)|^(?:what|things) we(?:(?:'|’)re| are)? ask(?:ing)?(?: for)?(?: (?:of|from) you)?$|required|what (?:we(?:'|’)?re|we are) looking for|who (?:we(?:'|’)?re|we are) looking for|looking for|you(?:'|’)?(?:ll| will) need(?: to have)?|you (?:have|bring|should have)|who you are|about you|must[ -]haves?|skills|experience|your (?:background|profile)|minimum|we(?:'|’)?d love|you might be a fit|^(?:is (?:this|that) you|(?:does )?(?:this|that) sounds? like you)(?=\??$)|you (?:may|might|could) be a (?:good |great |strong )?(?:fit|match)|you(?:'|’)?re a (?:good |great |strong )?(?:fit|match)|(?:a )?(?:good|great|strong) (?:fit|match) if|ideal candidate|ideal (?:background|profile|experience|fit)|helpful characteristics|come work with us if(?! you (?:really )?(?:love|enjoy|like)\b)|what it takes|^to (?:be successful|succeed|thrive)(?: in (?:this|the) (?:role|job|position))?,? you(?:(?:'|\u2019)ll| will)? (?:need|have|bring)(?: to have)?$|what makes you|what we want|^who we(?:(?:'|’)re| are)? (?:want|need)(?: to (?:hire|meet|find))?$|what we need(?: from you)?$|(?:what|things) we(?:(?:'|’)d| would)? (?:need|like|love|want|hope|expect) to see(?: (?:from|in) you)?$|(?:what|who) (?:we(?:'|’)?re|we are) after$|who should apply|who (?:this|the) (?:role|job|position) is for|^for (?:both|all|each|every)(?: of)?(?: (?:the|these|those))?(?: (?:two|three|four|five))? (?:openings|roles|positions|levels)$|^for the (?:[\w-]+ ){1,2}(?:opening|role|position|level|hire)(?:,? (?:additionally|also|in addition|only))?$|we need (?:engineers|developers|people|someone|folks) who|(?:is |are )?for (?:someone|people|engineers|a person|anyone) who|you should apply if|you must|(?:the|ideal|candidate) profile|^(?:exp|reqs|quals|min(?:imum)? reqs|musts?)$|^(?:licen[cs]es?|certifications?|education)(?:\s*(?:\/|and|&)\s*(?:licen[cs]es?|certifications?|experience|training))?$|person specification|competenc(?:y|ies)|what we expect(?: (?:from|of) you)?|your toolkit|(?:key )?selection criteria|^(?:essentials?|key|core)(?: (?:criteria|skills|requirements|experience|qualifications|knowledge|competenc(?:y|ies)))?$|^(?:what )?(?:do )?we (?:expect|require)(?: (?:from|of) (?:you|(?:the )?candidates?))?$|^(?:we are|we(?:'|’)re) expecting(?: from you)?$|^(?:our )?expectations$|^(?:what|the (?:stuff|things)|things|stuff) we(?: really)? care about(?: in (?:you|a candidate))?$|^you(?:(?:'|’)re| are)(?: also)?$)\b/i,
      /\b(you(?:(?:'|’)?ll| will| may| might| could| would)? (?:likely |probably |really )?(?:fit|thrive|do well|belong|excel|succeed|shine)(?: here| with us| in (?:this|the) (?:role|job|position)| on (?:this|our|the) team)? if)\b/i,
      /\b((?:we(?:'|’)?re|we are) (?:(?:especially|currently|also|mostly|particularly) ){0,2}(?:looking for|seeking|interested in)(?: (?:someone|engineers|people|candidates) who)?)\b/i,
      // "The role requires:", "What this position needs": what the role asks of the one who fills it, not its duties.
      /^(?:what )?(?:the|this) (?:role|job|position|contract) (?:requires|needs|demands|calls for)$/i,
      VETTING_LABEL,
      // (s52b tune) "Is this role a fit for you?", "Is the job right for you?", "Are you a fit?", "Could this be you?": the
      // person asked for, not the duties the role's words would say. ("You" alone is left as it was: read as the asks'
      // heading it moved two corpus tune asks in prose above it out of reach, 47655817 and 47975833.)
      /^(?:(?:is|could|might) (?:this|that|the) (?:role|job|position|opening) (?:be )?(?:an? (?:good |great |right |strong )?(?:fit|match) for you|right for you|for you)|are you an? (?:good |great |right |strong )?(?:fit|match)(?: for (?:us|this|the) ?(?:role|job|position)?)?|(?:could|might) (?:this|that) be you)$/i,
      // (s47) "You'll probably have", "You likely have", "You'll bring": the asks, hedged, as the whole heading.
      /^you(?:(?:'|\u2019)ll| will)? (?:probably |likely |most likely |ideally |already )?(?:have|bring)$/i,
      // (s43) "Need:", "What's in your backpack", "The toolkit we hope you carry", "Your superpowers": asks in other words.
      /^(?:needs?|needed|we need|you need|must know|sounds? like you\??)$|\byou(?:(?:'|\u2019)ll| will)? (?:want|need) to (?:have|bring)\b|\b(?:what|things) we(?:(?:'|\u2019)re| are)? hop(?:e|ing) you(?:(?:'|\u2019)ll| will)? (?:have|bring|know)\b|\b(?:(?:what(?:'|\u2019)?s |what is )?in your (?:backpack|toolbox|toolkit|tool ?belt|kit ?bag)|(?:the )?toolkit (?:we|you)\b|your superpowers?|superpowers? (?:we(?:'|\u2019)re|we are) (?:looking|hoping) for)/i,
    ],
  ],
  [
    'responsibilities',
    /\b(responsibilities|(?:what|things|stuff) you(?:'|’)?(?:ll|d| will| would) (?:be )?(?:do|doing|work(?:ing)? on|own|build|building|tackle)|^the (?:job|gig)$|^what(?:(?:'|’)s| is) (?:the|this) (?:job|role|gig|position|work)$|(?:in )?(?:your |the )?first (?:\d{1,3}|thirty|sixty|ninety|few|six|three|twelve) (?:days|weeks|months)|^(?:your )?(?:first (?:year|month|week|quarter)|30[ /-]+60[ /-]+90(?: days| plan)?)$|you(?:'|’)?(?:ll| will) (?:work on|build|own|be doing)|the role|this role|the position|in this role|overview of (?:this|the) (?:role|position|job)|role overview|^(?:job|role|position) summary$|your (?:role|impact|mission|day)|day[ -]to[ -]day|you will|duties|what success looks like|^the opportunity$|key accountabilities|what the job involves|(?:technical )?challenges|(?:interesting )?things we(?:'|’)?re working on|you (?:might|may|could|would) work on|problems (?:we|you)(?:(?:'|’)ll| will)? work on|what (?:our|the) [\w ]*team is working on|(?:recent|current|example|some|representative|typical|sample) projects|projects you(?:'|’)?ll work on|the work|^(?:the |this |our )?project(?: overview| description| scope)?$|^(?:team|role|your) focus$|^(?:the |full )?job description$|^(?:what )?we(?:'|’)?(?:re| are)? (?:work(?:ing)? on|build(?:ing)?)$|^(?:what )?(?:you (?:can|will|should|may) |you(?:'|’)ll )?expect to(?: (?:do|work on|own|build|be doing))?$|^(?:your )?(?:(?:main|key|daily|core) )?tasks(?: (?:will be|will include|include))?$|^what will you (?:do|be doing)$|^what (?:will be|are) your (?:tasks|duties|responsibilities)$|^(?:(?:the |main )?purpose of the (?:job|role|post|position)|(?:job|role|post) purpose)$|(?:where|how) you(?:(?:'|\u2019)ll| will) spend your (?:time|days|weeks?)|what (?:does |will )?(?:the|this|your|a) (?:job|role|days?|weeks?|work|typical day)(?: will)? looks? like|a (?:day|week) in the life)\b/i,
  ],
  // (s44) "Description:" over what the job is (a staffing agency's listing), and the question said as a statement: "What the job is".
  ['responsibilities', /^(?:(?:role|position) )?description$|^descripci(?:\u00f3|o)n$|^what (?:the|this) (?:job|role|gig|position|work) (?:is|involves|entails|looks like)$/i],
  // (s44b) "Who thrives here", "Who can apply", "What you should know": the person asked for, said in other words.
  ['requirements', /^who (?:(?:will |would |tends to |usually )?(?:thrives?|succeeds?|does well|excels?|fits in|shines?)(?: here| with us| in (?:this|the) (?:role|job|team))?|(?:can|may|is eligible to) apply|is eligible)$|^what you (?:should|must|need to|ought to) (?:know|have|bring)$/i],
  ['responsibilities', /^(?:from |on )?day (?:one|1)(?: and beyond| onwards?)?$/i],
  // (s52 tune) "Physical Demands", "Physical Abilities", "Working Conditions" over what the job needs of the body and the hours
  // (lifting, ladders, nights): conditions asked, as "Physical Requirements" reads.
  ['requirements', /^(?:(?:essential\s+)?physical\s+(?:demands|abilities)(?:\s+(?:and|&)\s+work(?:ing)?\s+(?:environment|conditions))?|working\s+conditions)$/i],
  // (s45) A question set as a heading, as a Q&A posting asks it of itself: "What do I need?", "What would I work on?",
  // "What does it pay?"; MoSCoW's "Should" and "Could" (wishes) and "Won't" (not asked).
  ['requirements', /^(?:what (?:do )?(?:i|you|we) need(?: (?:from you|to (?:have|bring|know)))?(?:,\s*[\w\s-]{1,20}?\s+style)?)$/i],
  ['responsibilities', /^what (?:would|will|do|could) (?:i|you) (?:work on|do|be doing|be working on)$/i],
  ['benefits', /^(?:what does (?:it|the (?:job|role|position)) pay|what(?:'|\u2019)?s the pay|what is the pay)$/i],
  ['preferred', /^(?:should|could)(?: haves?)?$/i],
  ['other', /^(?:won(?:'|\u2019)t|will not)(?: haves?)?$|^what (?:don(?:'|\u2019)t|do not) (?:i|you) need$/i],
  // (s44) "Money and such", "The money": the pay.
  ['benefits', /^(?:the |your )?money(?:\s+(?:and|&)\s+(?:such|stuff|things|perks|benefits|more))?$/i],
  // "Open roles", "We're hiring for", "We're growing our team in these areas": the roles on offer, not the company's story.
  [
    'responsibilities',
    /\b((?:open|featured|current|available|engineering|technical) (?:roles|positions|jobs|openings)|openings|roles|(?:roles|positions) (?:we(?:'|’)?re|we are) hiring|(?:we(?:'|’)?re |we are )?(?:actively |currently )?hiring(?! (?:process|steps|timeline))|focus areas|(?:interesting )?problems (?:we(?:'|’)?ll|we will|you(?:'|’)?ll|you will) (?:work on|solve|tackle)|(?:building out|growing|expanding|scaling|building) (?:our|the) (?:\w+ )?team (?:in|across|with)|(?:roles|positions) (?:available|open)|available (?:roles|positions))\b/i,
  ],
  // (LinkedIn's "About the job" wraps the whole description, asks and all: no about-us.)
  ['about', [
    /\b(about (?!the job\b)(?:us|the company|the team|[A-Z][\w&.-]*)|who we are|our (?:mission|story|team|company|products?|investors|founders)|co-?founders|company (?:overview|description)|the team|overview|why (?:it|this|our work) matters|how we(?:'|’)?re different|what makes us different|^(?:the )?company$|^(?:the short version|in short|in a nutshell|tl;?dr|at a glance|the gist|what we do)$)\b/i,
    // (s43) "What is Plover?", "Who is Harrow & Vale?", "What does Plover do?": the company named, by its capital.
    // (s51b: the contraction too, "Who's Mossgate?", "What's Tarnwell?".)
    /^(?:[Ww]hat|[Ww]ho)(?: is| are|(?:'|\u2019)s) [A-Z][\w&.-]*(?: (?:&|and|[A-Z][\w&.-]*))*\??$|^[Ww]hat does [A-Z][\w&.-]*(?: [A-Z][\w&.-]*)* do\??$/,
  ]],
  // "About the job": what follows is anything (LinkedIn wraps the whole description in it; a career site puts the team's
  // story under it after the qualifications). A part of its own, unlabelled: it ends the part above it.
  ['other', /^about the job$/i],
  // (s52b tune) "The fine print", "Practicalities", "Practical details": the pay, the papers, the EEO text; no kind of its own,
  // not the wishes above it.
  ['other', /^(?:the )?(?:fine|small) print$|^(?:the )?practicalities$|^(?:some )?practical (?:details|info(?:rmation)?|stuff)$|^(?:the )?nuts and bolts$/i],
  // (s54 tune, s53's known miss) "What else should you know?", "Things to know", "Worth knowing", "Before you apply": a question
  // or a label said to the reader over the job's logistics (office days, the pay, the interview steps): no kind of its own,
  // not the asks above it. ("Good to know" over such notes: see notesOnly.)
  ['other', /^what else (?:should|do|must|might|would|could|ought) (?:you|i) (?:know|need to know|be aware of)$|^(?:other |a few |some |more )?things (?:to know|(?:you|we) should know|worth knowing|to be aware of)$|^(?:also |other )?worth knowing$|^before you apply$/i],
  // (s52b tune) "Why us" without the question mark: the perks. Not "Why <Name>" without it: sections.test holds "Why Rust"
  // as no heading (a tool's name and the company's cannot be told apart).
  ['benefits', /^(?:[Ww]hy [Uu]s|WHY US)$/],
  // A board's field labels printed with the posting, each over its value: LinkedIn's criteria footer ("Seniority level" /
  // "Associate", "Employment type", "Job function", "Industries"), Workday's "Time type", "Job family", "Worker type",
  // "Job requisition ID". They end the part above them and ask nothing.
  ['other', /^(?:this job is open to|clarification from the agency|announcement number|control number|seniority level|employment type|job (?:function|family(?: group)?|requisition id|category)|industries|time type|worker (?:sub-?)?type|remote type|posted on)$/i],
  // The team's stack under a heading of its own ("Tech we use", "Our stack", "Tools we work with"): what the team uses, not
  // a list of asks; it ends the part above it (its lines stay the skills the posting names).
  ['other', /^(?:(?:the )?(?:tech(?:nology)?|tech(?:nology)? stack|stack|tools|technologies|languages and tools|tools and technologies) (?:(?:we|the team|our team) (?:use|uses|work with|build with|love|run on)|you(?:'|\u2019)ll (?:use|work with|touch))|our (?:tech(?:nology)? )?(?:stack|tools|toolbox|tech|technology))$/i],
  // How to apply: it ends the part above it, and asks only what it says it asks ("if you know Go, write to …").
  ['other', /\b(how to apply|(?:the |our )?(?:application|hiring|interview) (?:process|steps|timeline)|^(?:the |our )?(?:selection|recruitment|recruiting) (?:process|steps|timeline)$|next steps|application deadline|deadline to apply|^(?:the )?process$|^referrals?(?: instructions)?$|^(?:other |legal )?notices?$|^logistics$|^(?:working|work|office) hours$|^hours of work$|^(?:work(?:ing)? )?schedule$|^time ?zones?$|^(?:contact|e-?mail)(?: us| me)?$|^(?:to )?apply(?: (?:here|now|at|on|via|through)\b.*)?$|^interested\?|^(?:additional|other|more|further) (?:information|info|details)$|^(?:informations? (?:suppl\u00e9mentaires?|compl\u00e9mentaires?)|informaci\u00f3n adicional|informa\u00e7\u00f5es adicionais|informazioni aggiuntive|weitere informationen|aanvullende informatie)$|^(?:etapas do processo(?: seletivo)?|processo seletivo|etapas da sele\u00e7\u00e3o|como (?:vai ser|ser\u00e1|funciona) o processo(?: seletivo)?)$)/iu],
];

/**
 * German and French headings ("Anforderungen", "Wünschenswert", "Wir bieten"; "Exigences", "Atouts", "Ce que nous
 * offrons"), read as the English ones are, each kind's in one pattern from the heading's start. (Postings from Berlin or
 * Montréal mix them with English ones.)
 */
const FOREIGN_HEADINGS: ReadonlyArray<[SectionKind, RegExp]> = [
  // (s45) Japanese, Korean and Chinese headings, the whole heading: "応募資格" / "必須スキル", "歓迎スキル", "業務内容",
  // "給与" / "待遇"; "자격요건", "우대사항", "주요업무", "복리후생"; "任职要求", "加分项", "岗位职责", "福利待遇".
  ['preferred', /^(?:歓迎(?:スキル|要件|条件|経験)?|尚可|あれば尚可|우대\s?사항|우대\s?요건|加分项?|加分項|优先条件|優先條件)\s*[:：]?$/u],
  ['requirements', /^(?:応募資格|必須(?:スキル|要件|条件|経験)?|求める(?:スキル|経験|人物像)|자격\s?요건|지원\s?자격|필수\s?요건|任职要求|任職要求|岗位要求|崗位要求|职位要求|職位要求|任职资格|任職資格)\s*[:：]?$/u],
  ['responsibilities', /^(?:業務内容|仕事内容|職務内容|担当業務|주요\s?업무|담당\s?업무|岗位职责|崗位職責|工作职责|工作職責|职位描述|職位描述|工作内容|工作內容)\s*[:：]?$/u],
  ['benefits', /^(?:給与|年収|待遇|福利厚生|待遇・福利厚生|복리\s?후생|혜택\s?및\s?복지|福利待遇|薪资福利|薪資福利|福利)\s*[:：]?$/u],
  ['about', /^(?:会社概要|私たちについて|회사\s?소개|关于我们|關於我們|公司简介|公司簡介)\s*[:：]?$/u],
  // (s50, an older tune half) "Schön wäre (es, wenn du …)": a wish.
  ['preferred', /^(?:sch(?:ö|oe)n w(?:ä|ae)re(?: es)?(?:,? wenn (?:du|sie))?(?: (?:noch|auch|zusätzlich))?\s*[:.]?$|(?:das )?(?:ist |wäre )?(?:wünschenswert|von vorteil|ein plus|pluspunkte?|nice to have)|(?:was )?(?:wir uns )?(?:zusätzlich )?wünschen|idealerweise|atouts?|(?:un |serait un |constitue un |c['’]est un )atout|(?:ce serait )?un plus|(?:les |des )(?:petits )?plus|idéalement|(?:compétences|qualifications|expériences?|profil) (?:souhaitées?|souhaités?|appréciées?|constituant un atout|un atout))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:was |das )?(?:wir )?(?:dir |ihnen )?bieten(?: wir)?(?: dir| ihnen)?|unser angebot|(?:deine|ihre) vorteile|gehalt|vergütung|ce que nous (?:offrons|proposons|t['’]offrons)|nous (?:offrons|proposons)|(?:les |nos |vos )?avantages(?: sociaux)?|rémunération|salaire|pourquoi (?:nous rejoindre|travailler chez))(?![\p{L}])/iu],
  // (s50) French "Ce que nous attendons", "Nos attentes" and Spanish "Lo que esperamos de ti" (below): what is expected of the reader.
  ['requirements', /^(?:anforderungen|(?:(?:dein|ihr) |unser wunsch-?|unser |wunsch)profil|profil(?=\s*:?\s*$)|(?:das|was) zeichnet (?:dich|sie) aus|was (?:dich|sie) auszeichnet|(?:über|ueber) (?:dich|sie)|wer (?:du bist|sie sind)|(?:das|was) (?:bringst du|du mitbringst|sie mitbringen|bringen sie|solltest du|sollten sie)(?: mit(?:bringen)?)?|qualifikationen|voraussetzungen|(?:deine|ihre) (?:qualifikationen|kenntnisse|kompetenzen|skills)|was wir (?:von (?:dir|ihnen) )?erwarten|exigences|(?:profil|compétences|qualifications|expérience) (?:recherchée?s?|requises?|demandées?)|(?:votre|ton) profil|ce que (?:vous|tu) (?:apportez|apportes)|ce (?:que nous recherchons|qu['’]il (?:vous|te) faut)|compétences)(?![\p{L}])/iu],
  ['requirements', /^(?:ce que nous attendons(?: de (?:toi|vous))?|ce qu['’]on attend de (?:toi|vous)|(?:nos|vos) attentes)\s*[?:]?$/iu],
  ['responsibilities', /^(?:(?:deine|ihre) (?:aufgaben|rolle|mission)|aufgaben|aufgabengebiet|(?:das|was) erwartet (?:dich|sie)|responsabilités|(?:vos|tes) (?:responsabilités|missions|tâches|défis)|missions?|description (?:du poste|du rôle|de poste)|(?:le|votre|ton) rôle|à propos du (?:rôle|poste)|tâches)(?![\p{L}])/iu],
  // (s53 tune, and s52's known miss: "Why us" lists read as wishes) "Why us?" in the posting's language, "Warum wir?",
  // "Warum zu uns?", "Waarom wij?", "Varför oss?", "Hvorfor os?", "Pourquoi nous ?", "¿Por qué nosotros?", "Perché noi?":
  // the perks, whatever "you get" their lines say. (Not "Warum wir diese Rolle besetzen": a sentence, no heading.)
  ['benefits', /^(?:warum\s+(?:wir|uns|zu\s+uns|bei\s+uns)|waarom\s+(?:wij|ons|bij\s+ons|voor\s+ons\s+kiezen)|varf(?:ö|o)r\s+(?:oss|just\s+oss)|hvorfor\s+(?:os|oss)|pourquoi\s+(?:nous|chez\s+nous)|¿?\s*por\s+qu(?:é|e)\s+(?:nosotros|con\s+nosotros)|perch(?:é|e)\s+(?:noi|con\s+noi|lavorare\s+con\s+noi))\s*[?:]?$/iu],
  // (s43) Spanish: "Funciones", "Requisitos", "Valorable", "Ofrecemos", "Quiénes somos".
  ['preferred', /^(?:valorable|se valorar(?:á|a)n?|(?:será|sera) un plus|deseable|(?:requisitos|conocimientos) deseables)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:qué |que |lo que )?(?:te )?ofrecemos|beneficios)(?![\p{L}])/iu],
  ['requirements', /^(?:requisitos(?: mínimos| imprescindibles)?|(?:qué |que |lo que )buscamos|(?:qué |que |lo que )esperamos(?: de (?:ti|usted|vosotros))?(?=\s*[?:]?$)|(?:tu|su) perfil|perfil (?:buscado|requerido))(?![\p{L}])/iu],
  ['responsibilities', /^(?:funciones|responsabilidades|(?:qué |que )(?:harás|vas a hacer)|(?:tu|tus) (?:día a día|funciones|retos))(?![\p{L}])/iu],
  // (s51) A board's own labels of the parts in Spanish and Portuguese (SmartRecruiters'): "Descripción de la empresa" over the
  // company, "Descripción del empleo" / "Descrição da vaga" over the job, as "Company Description" and "Job Description" read.
  ['responsibilities', /^(?:descripci(?:ó|o)n del? (?:empleo|puesto|cargo|trabajo|rol|la (?:vacante|posición|posicion|oferta))|descri(?:ç|c)(?:ã|a)o d[ao] (?:vaga|cargo|fun(?:ç|c)(?:ã|a)o|posi(?:ç|c)(?:ã|a)o))(?![\p{L}])/iu],
  ['about', /^(?:descripci(?:ó|o)n de la (?:empresa|compañía|compania)|(?:sobre|acerca de) la (?:empresa|compañía|compania)|descri(?:ç|c)(?:ã|a)o da empresa|sobre a empresa)(?![\p{L}])/iu],
  // (s59b tune: and "Acerca de nosotros".)
  ['about', /^(?:qui(?:é|e)nes somos|(?:sobre|acerca\s+de)\s+nosotros)(?![\p{L}])/iu],
  // (s45) Portuguese: "Diferenciais", "Desejável", "Requisitos obrigatórios", "O que oferecemos", "Responsabilidades", "Quem somos".
  ['preferred', /^(?:diferenciais|diferencial|desej(?:á|a)ve(?:l|is)|(?:requisitos|conhecimentos) desej(?:á|a)veis|ser(?:á|a) um (?:plus|diferencial)|b(?:ô|o)nus)(?![\p{L}])/iu],
  // (s58 lead: and Portugal's "O que procuramos", "Quem procuramos", "Procuramos algu\u00e9m que", "O teu perfil".)
  ['requirements', /^(?:requisitos(?: obrigat(?:ó|o)rios| necess(?:á|a)rios)?|(?:o que )?(?:buscamos|esperamos de (?:voc(?:ê|e)|ti))|(?:o que|quem) procuramos|procuramos (?:algu\u00e9m|uma pessoa|um perfil)(?: que| com)?|(?:o )?(?:seu|teu) perfil|qualifica(?:ç|c)(?:õ|o)es)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:o que )?oferecemos|(?:nossos |os )?benef(?:í|i)cios)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:principais |suas )?atividades|(?:principais )?atribui(?:ç|c)(?:õ|o)es|principais responsabilidades|(?:o que )?(?:voc(?:ê|e) )?(?:vai|ir(?:á|a)) fazer|suas responsabilidades)(?![\p{L}])/iu],
  ['about', /^(?:quem somos|sobre n(?:ó|o)s)(?![\p{L}])/iu],
  // (s43) Dutch: "Wat ga je doen", "Wat breng je mee", "Pluspunten", "Wat krijg je", "Wie zijn wij". (s49: "Wat we vragen",
  // "Wat je meebrengt", "Wie zoeken wij", "Wat we verwachten".)
  ['preferred', /^(?:pluspunten|(?:een )?pré|leuk (?:als|meegenomen)|mooi meegenomen|wat (?:een )?pluspunt is|(?:het is )?een (?:groot )?pluspunt(?: (?:als|wanneer|indien) (?:je|jij|u))?)(?![\p{L}])/iu],
  ['benefits', /^(?:wat (?:krijg je|bieden wij|bieden we|wij (?:je )?bieden)|(?:ons|het) aanbod|arbeidsvoorwaarden)(?![\p{L}])/iu],
  ['requirements', /^(?:wat (?:breng je mee|breng jij mee|vragen wij|vragen we|wij vragen|we vragen|verwachten wij|we verwachten|wij verwachten|(?:je|jij) meebrengt)|(?:jouw|je) profiel|wie ben (?:jij|je)|wie zoeken (?:wij|we)|functie-?eisen|vereisten)(?![\p{L}])/iu],
  ['responsibilities', /^(?:wat (?:ga je doen|ga jij doen|je gaat doen)|(?:jouw|je) (?:taken|rol|functie)|functieomschrijving|(?:de )?functie)(?![\p{L}])/iu],
  ['about', /^(?:wie zijn wij|wie wij zijn|over ons)(?![\p{L}])/iu],
  // (s44) Danish and Norwegian: "Dine opgaver", "Vi forventer, at du", "Det er en fordel, hvis du", "Vi tilbyder", "Hvem er vi?".
  // (s48: "Hva vi ser etter", "Det søker vi", "Om deg", "Dine kompetencer", "Meriterende", "Vi ser gjerne at du har", "Om jobben".)
  ['preferred', /^(?:det (?:er|vil være|ville være) (?:en fordel|et plus|et pluss|ønskelig|ønskeligt)(?:,? (?:hvis|at|om) (?:du|dig|deg)(?: også| gerne| i tillegg)?|,? med)?|(?:en )?fordel (?:hvis|om) du|ønskelige? (?:kvalifikationer|kvalifikasjoner|kompetencer|kompetanse)|(?:er )?meritt?erende|vi ser gjerne at du|(?:det er )?et pluss? (?:om|hvis) du|ønskede (?:kvalifikationer|kvalifikasjoner|kompetencer|kompetanse))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:hvad |hva )?vi (?:tilbyder|tilbyr|kan tilby(?:de)?)(?: dig| deg)?|løn(?:n)? og (?:ansættelsesvilkår|vilkår|betingelser|goder))(?![\p{L}])/iu],
  ['requirements', /^(?:vi forventer(?:,? at du)?|(?:hvad |hva )?vi (?:forventer|søger|ser etter|leter etter) (?:af|av|hos) (?:dig|deg)|(?:dine |dine faglige )?(?:kvalifikationer|kvalifikasjoner)|hvem er du|(?:din|jeres) profil|krav(?: til (?:dig|deg))?|(?:hva|hvad|hvem|den|det) vi (?:ser etter|søger|søker|leter etter|forventer)|det søker vi|vi (?:søger|søker|ser etter) (?:en|deg|dig) som|om (?:deg|dig)|hvem du er|(?:dine? )?(?:kompetencer|kompetanse|kvalifikasjoner)(?:krav)?|(?:kvalifikasjons|kvalifikations|kompetanse|kompetence|kompetens)krav|personlig(?:e|a)?\s+(?:egenskaper|egenskaber|kvalifikationer|kvalifikasjoner|kompetencer|f\u00e4rdigheter|ferdigheter))(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:dine )?(?:arbejdsopgaver|arbeidsoppgaver|opgaver|oppgaver|ansvarsområder)|(?:om|hvad går) (?:jobbet|jobben|rollen|stillingen)(?: ud på)?|hva (?:du skal gjøre|går jobben ut på)|hvad du skal lave)(?![\p{L}])/iu],
  ['about', /^(?:hvem er vi|hvem vi er|om (?:os|oss|virksomheden|selskapet|firmaet))(?![\p{L}])/iu],
  // (s58, s56b's tune misses) Danish in capitals as Jobindex prints it: "HVEM LEDER VI EFTER" (the asks), "GODT MED" (the wishes),
  // "DET FÅR DU HOS OS" (the perks).
  ['requirements', /^(?:hvem (?:leder|søger|kigger) vi efter|(?:hvem|hvad) vi (?:leder|kigger) efter)(?![\p{L}])/iu],
  ['preferred', /^(?:(?:det er )?godt med(?: hvis du)?|(?:det er )?rart(?: hvis du| med))\s*[:.]?$/iu],
  ['benefits', /^(?:det får du(?: hos os)?|hvad får du(?: hos os)?)(?![\p{L}])/iu],
  // (s57 tune) The question of fit in the Nordic languages, Dutch and German: "Er dette deg?", "Er det dig?", "\u00c4r det h\u00e4r du?",
  // "Ben jij dit?", "Bist du das?": the asks, as "Is this you?" is.
  ['requirements', /^(?:er (?:dette|det) (?:deg|dig)|er du (?:den|personen) vi (?:leter etter|ser etter|s\u00f8ger|s\u00f8ker)|\u00e4r (?:det h\u00e4r|detta|det) (?:du|dig)|\u00e4r du (?:den|personen) vi s\u00f6ker|ben (?:jij|je) (?:dit|het)|herken (?:jij|je) (?:je|jezelf) (?:hierin|hier in)|bist du (?:das|es))\s*\??$/iu],
  // (s45) Swedish: "Om rollen", "Dina arbetsuppgifter", "Vi söker dig som", "Vem är du?", "Meriterande", "Vi erbjuder", "Om oss".
  ['preferred', /^(?:(?:det är )?meriterande(?: om du| med)?|(?:det är )?(?:ett )?plus om du|önskvärda? (?:kvalifikationer|kompetenser|erfarenheter)|vi ser (?:gärna|också gärna) att du)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:vad |det här )?vi erbjuder(?: dig)?|(?:lön|ersättning) och förmåner|förmåner)(?![\p{L}])/iu],
  ['requirements', /^(?:vi söker (?:dig|en person) som|(?:vem är du|vem du är)|din profil|(?:dina )?(?:kvalifikationer|kompetenser)|krav(?:profil)?|(?:vi tror att )?du har|(?:vad )?vi förväntar oss(?: av dig)?|(?:vad|vem) vi söker|det söker vi|om dig)(?![\p{L}])/iu],
  // (s58 tune: "Rollen", "Tjänsten", "Uppdraget" alone, the role.)
  ['responsibilities', /^(?:(?:dina )?(?:arbetsuppgifter|ansvarsområden)|om (?:rollen|tjänsten|jobbet)|rollen|tjänsten|(?:ditt |om )?uppdrag(?:et)?|(?:vad du kommer att|vad du ska) (?:göra|arbeta med)|i rollen (?:kommer du att|ingår))(?![\p{L}])/iu],
  ['about', /^(?:om (?:oss|företaget|bolaget)|vilka (?:vi är|är vi))(?![\p{L}])/iu],
  // (s45) Finnish: "Tehtäväsi", "Odotamme sinulta", "Eduksi katsotaan", "Tarjoamme", "Keitä olemme".
  ['preferred', /^(?:(?:katsomme )?eduksi(?: katsotaan| luetaan)?|plussaa(?: on)?|lisäksi arvostamme|arvostamme(?: myös)?)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:mitä )?(?:me )?tarjoamme(?: sinulle)?|tarjoamme|palkka ja edut|edut)(?![\p{L}])/iu],
  ['requirements', /^(?:odotamme(?: sinulta)?|edellytämme|(?:pätevyys)?vaatimukset|osaamisesi|(?:keneltä|mitä) (?:odotamme|toivomme)|sinulla on|kuka olet|etsimme(?: henkilöä| sinua)?)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:työ)?tehtävä(?:si|t|nkuva)|mitä (?:teet|tulet tekemään)|roolisi|tehtävänkuva)(?![\p{L}])/iu],
  ['about', /^(?:meistä|keitä olemme|keitä me olemme|yrityksestä|kuka on [\p{L}]+)(?![\p{L}])/iu],
  // (s45) Czech: "Náplň práce", "Požadujeme", "Co od tebe očekáváme", "Výhodou", "Nabízíme", "O nás".
  ['preferred', /^(?:(?:bude(?:me)? )?výhodou(?: je| bude)?|(?:velkým )?plusem|ocen(?:íme|ili bychom))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:co )?(?:ti |vám )?nabízíme|benefity|výhody)(?![\p{L}])/iu],
  ['requirements', /^(?:požadujeme|požadavky|(?:co )?(?:od (?:tebe|vás) )?očekáváme|(?:co )?(?:potřebuješ|potřebujete)|koho hledáme|hledáme (?:tě|vás) pokud|(?:tvůj|váš) profil)(?![\p{L}])/iu],
  ['responsibilities', /^(?:náplň práce|(?:co (?:budeš|budete) dělat)|(?:tvoje|vaše) (?:role|úkoly|náplň)|pracovní náplň)(?![\p{L}])/iu],
  ['about', /^(?:o nás|kdo jsme)(?![\p{L}])/iu],
  // (s58 tune) Czech in the informal "ty" and the boards' own labels: "Co tě u nás čeká" (the work), "Co bys měl/a umět" (the
  // asks), "Plusové body získáš za" (the wishes), "Co získáš" (the offer), "O společnosti" (the company).
  ['preferred', /^(?:plusov(?:é|e) body|plus(?:ové|ove)? body (?:získáš|získáte|ziskas|dostaneš)|bonusem (?:je|bude)|ocen(?:íme|ime) (?:také|take|i|pokud))(?![\p{L}])/iu],
  ['benefits', /^(?:co (?:(?:u nás |od nás )?získáš|získáte|ti (?:můžeme )?nabídnout|vám (?:můžeme )?nabídnout|ti nabídneme|vám nabídneme))(?![\p{L}])/iu],
  ['requirements', /^(?:co (?:bys|byste) (?:měl(?:\/a|a|i)?|mel(?:\/a|a|i)?) (?:umět|znát|mít|splňovat|umet|znat|mit)|co (?:od (?:tebe|vás) )?(?:chceme|potřebujeme)|požadavky na (?:uchazeče|kandidáta))(?![\p{L}])/iu],
  ['responsibilities', /^(?:co (?:tě|te|vás|vas) (?:u nás |u nas |v (?:práci|roli) )?(?:čeká|ceka)|na čem (?:budeš|budete) pracovat|popis (?:pozice|práce|prace|role))(?![\p{L}])/iu],
  ['about', /^(?:o (?:společnosti|spolecnosti|firmě|firme)|kdo jsme my|(?:něco|neco) o nás)(?![\p{L}])/iu],
  // (s59 lead) Slovenian ("Zahteve", "Pričakujemo", "Ponujamo", "Delovne naloge") and Lithuanian ("Reikalavimai", "Privalumas",
  // "Siūlome", "Pareigos", "Apie mus"); Slovenian "Prednost", "Nudimo", "O nas" as the Croatian, Czech and Polish read.
  ['preferred', /^(?:privalum(?:as|ai)|būtų privalumas|bus privalumas)(?![\p{L}])/iu],
  ['benefits', /^(?:ponujamo(?: vam| ti)?|kaj (?:vam |ti )?ponujamo|(?:mes )?siūlome|ką (?:mes )?siūlome)(?![\p{L}])/iu],
  ['requirements', /^(?:zahteve|(?:kaj )?pričakujemo(?: od (?:vas|tebe))?|reikalavimai(?: kandidatui)?|(?:ko )?tikimės(?: iš tavęs| iš jūsų)?)(?![\p{L}])/iu],
  // (s62 lead: Slovenian wishes, "Za\u017eeleno", "Za\u017eelene izku\u0161nje", "Dodatna prednost".)
  ['preferred', /^(?:za\u017eelen[oa]|za\u017eelene\s+(?:izku\u0161nje|kompetence|znanja)|dodatna\s+prednost)(?![\p{L}])/iu],
  // (s60 tune: and the work asked as a question, "Kaj bo\u0161 delal", "Kaj boste po\u010deli", "Kaj te \u010daka".)
  ['responsibilities', /^(?:kaj\s+(?:bo(?:\u0161|s)|boste)\s+(?:delal(?:a|i)?|po(?:\u010d|c)el(?:a|i)?|po(?:\u010d|c)eli)|kaj\s+(?:te|vas)\s+(?:\u010d|c)aka|tvoje\s+delo|delovne naloge|opis (?:dela|delovnega mesta)|(?:tvoje|vaše) naloge|pareigos|darbo pobūdis|(?:tavo|jūsų) atsakomybės)(?![\p{L}])/iu],
  ['about', /^(?:apie mus|apie (?:įmonę|kompaniją))(?![\p{L}])/iu],
  // (s59 lead) Croatian, Serbian and Bosnian: "Opis posla", "Zahtjevi" / "Zahtevi", "Što tražimo", "Poželjno", "Prednost",
  // "Nudimo", "O nama".
  ['preferred', /^(?:poželjno(?: je)?|poželjne (?:vještine|veštine|kvalifikacije)|prednost(?: će imati| imaju)?|dodatna prednost)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:što|šta|sto|sta) (?:ti |vam )?nudimo|nudimo(?: ti| vam)?|pogodnosti|benefiti)(?![\p{L}])/iu],
  ['requirements', /^(?:zahtjevi|zahtevi|uvjeti|uslovi|(?:što|šta|sto|sta) (?:tražimo|trazimo|očekujemo|ocekujemo)(?: od tebe| od vas)?|tražimo|očekujemo|(?:tvoj|vaš) profil|kvalifikacije|(?:koga|kog) (?:tražimo|trazimo))(?![\p{L}])/iu],
  ['responsibilities', /^(?:opis (?:posla|radnog mjesta|radnog mesta|pozicije)|(?:tvoje|vaše) (?:odgovornosti|zadaće|zaduženja)|(?:što|šta) ćeš raditi|zaduženja)(?![\p{L}])/iu],
  ['about', /^(?:o nama|o (?:tvrtki|kompaniji|firmi)|tko smo|ko smo)(?![\p{L}])/iu],
  // (s60 tune) Latvian: "Par mums", "Tavi pien\u0101kumi", "Pras\u012bbas", "B\u016bs par priek\u0161roc\u012bbu", "M\u0113s pied\u0101v\u0101jam", "K\u0101 pieteikties"
  // (with or without the long marks).
  // (s60 lead: and the wish said as a plain future, "B\u016bs priek\u0161roc\u012bba".)
  // (s62 lead: and the plural noun alone, "Priek\u0161roc\u012bbas" (advantages), as a list's heading.)
  ['preferred', /^(?:priek(?:\u0161|s)roc(?:\u012b|i)bas|(?:papildu\s+)?priek(?:\u0161|s)roc(?:\u012b|i)bas)(?![\p{L}])/iu],
  ['preferred', /^(?:(?:(?:tas|t\u0101)\s+)?b(?:\u016b|u)s\s+priek(?:\u0161|s)roc(?:\u012b|i)ba|(?:(?:tas\s+)?b\u016bs|bus|tiks\s+uzskat\u012bts|tiks\s+uzskatits)\s+par\s+priek(?:\u0161|s)roc\u012b?i?bu|(?:k\u0101|ka)\s+priek(?:\u0161|s)roc(?:\u012b|i)bu\s+(?:uzskat(?:\u012b|i)sim|v\u0113rt\u0113sim|vertesim)|priek(?:\u0161|s)roc(?:\u012b|i)ba(?:\s+(?:b\u016bs|bus|ir))?|papildu\s+priek(?:\u0161|s)roc(?:\u012b|i)bas|(?:b\u016bs|bus)\s+plus)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:ko\s+)?(?:m\u0113s|mes)\s+(?:tev\s+|jums\s+)?pied(?:\u0101|a)v(?:\u0101|a)jam|pied(?:\u0101|a)v(?:\u0101|a)jam(?:\s+(?:tev|jums))?|atalgojums(?:\s+un\s+labumi)?|labumi)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:m\u016bsu|musu)\s+pras(?:\u012b|i)bas|pras(?:\u012b|i)bas(?:\s+(?:kandid\u0101tam|kandidatam|amatam))?|ko\s+(?:m\u0113s|mes)\s+(?:no\s+(?:tevis|jums)\s+)?(?:sagaid(?:\u0101|a)m|gaid(?:\u0101|a)m)|(?:ko|kuru)\s+(?:m\u0113s|mes)\s+mekl(?:\u0113|e)jam)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:tavi|j\u016bsu|jusu|galvenie|darba)\s+(?:galvenie\s+)?pien(?:\u0101|a)kumi|pien(?:\u0101|a)kumi|ko\s+tu\s+dar(?:\u012b|i)si|amata\s+apraksts|darba\s+apraksts)(?![\p{L}])/iu],
  ['about', /^(?:par\s+(?:mums|uz\u0146\u0113mumu|uznemumu|kompaniju)|uz\u0146\u0113mums|uznemums|kas\s+(?:m\u0113s|mes)\s+esam)(?![\p{L}])/iu],
  ['other', /^(?:k(?:\u0101|a)\s+pieteikties|pieteik(?:\u0161|s)an(?:\u0101|a)s)(?![\p{L}])/iu],
  // (s60 tune) Bulgarian, in Latin letters as many boards and startups print it ("Za nas", "Kakvo shte pravish", "Kakvo tarsim",
  // "Shte e plyus", "Predlagame"; "a" or "u" for the hard sign, "sht" or "st") and in Cyrillic ("\u0417\u0430 \u043d\u0430\u0441", "\u0418\u0437\u0438\u0441\u043a\u0432\u0430\u043d\u0438\u044f").
  ['preferred', /^(?:(?:(?:shte|ste)\s+(?:e|bade|bude)\s+)?(?:plyus|plus|predimstvo)(?:\s+(?:e|shte\s+bade|ste\s+bude))?|(?:e\s+)?predimstvo(?:\s+e)?|shte\s+se\s+schita\s+za\s+predimstvo|\u0449\u0435\s+(?:\u0435|\u0431\u044a\u0434\u0435)\s+(?:\u043f\u043b\u044e\u0441|\u043f\u0440\u0435\u0434\u0438\u043c\u0441\u0442\u0432\u043e)|\u043f\u0440\u0435\u0434\u0438\u043c\u0441\u0442\u0432\u043e(?:\s+\u0435)?)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:kakvo\s+|nie\s+)?(?:ti\s+|vi\s+)?predlagame|kakvo\s+(?:shte|ste)\s+poluchish|pridobivki|\u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u043c\u0435|\u043a\u0430\u043a\u0432\u043e\s+(?:\u0442\u0438\s+|\u0432\u0438\s+)?\u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u043c\u0435|\u043f\u0440\u0438\u0434\u043e\u0431\u0438\u0432\u043a\u0438)(?![\p{L}])/iu],
  ['requirements', /^(?:kakvo\s+(?:tarsim|tursim|t(?:a|u)rsim|ochakvame)(?:\s+ot\s+(?:teb|vas))?|kogo\s+(?:tarsim|tursim)|iziskvaniya|iziskvania|izisk(?:v|w)aniq|profil\s+na\s+kandidata|\u0438\u0437\u0438\u0441\u043a\u0432\u0430\u043d\u0438\u044f|\u043a\u0430\u043a\u0432\u043e\s+(?:\u0442\u044a\u0440\u0441\u0438\u043c|\u043e\u0447\u0430\u043a\u0432\u0430\u043c\u0435))(?![\p{L}])/iu],
  ['responsibilities', /^(?:kakvo\s+(?:shte|ste)\s+(?:pravish|rabotish|pravite)|otgovornosti|zadalzheniya|zadulzheniya|(?:tvoite|vashite)\s+(?:zadachi|otgovornosti)|opisanie\s+na\s+(?:rolyata|poziciyata|pozitsiyata)|\u043e\u0442\u0433\u043e\u0432\u043e\u0440\u043d\u043e\u0441\u0442\u0438|\u0437\u0430\u0434\u044a\u043b\u0436\u0435\u043d\u0438\u044f|\u043a\u0430\u043a\u0432\u043e\s+\u0449\u0435\s+\u043f\u0440\u0430\u0432\u0438\u0448)(?![\p{L}])/iu],
  ['about', /^(?:za\s+(?:nas|kompaniyata|firmata)|koi\s+sme(?:\s+nie)?|\u0437\u0430\s+\u043d\u0430\u0441|\u043a\u043e\u0438\s+\u0441\u043c\u0435(?:\s+\u043d\u0438\u0435)?)(?![\p{L}])/iu],
  ['other', /^(?:kak\s+da\s+kandidatstva(?:sh|te)|kandidatstvane)(?![\p{L}])/iu],
  // (s61 lead) Russian, as the region's boards head their parts ("\u0422\u0440\u0435\u0431\u043e\u0432\u0430\u043d\u0438\u044f", "\u0411\u0443\u0434\u0435\u0442 \u043f\u043b\u044e\u0441\u043e\u043c", "\u041e\u0431\u044f\u0437\u0430\u043d\u043d\u043e\u0441\u0442\u0438", "\u041c\u044b \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u043c", "\u041e \u043d\u0430\u0441"),
  // and a Ukrainian asks' heading the s61 tune list below lacks ("\u041d\u0435\u043e\u0431\u0445\u0456\u0434\u043d\u0456 \u043d\u0430\u0432\u0438\u0447\u043a\u0438").
  ['preferred', /^(?:\u0431\u0443\u0434\u0435\u0442\s+(?:\u043f\u043b\u044e\u0441\u043e\u043c|\u043f\u0440\u0435\u0438\u043c\u0443\u0449\u0435\u0441\u0442\u0432\u043e\u043c)|(?:\u043f\u043b\u044e\u0441\u043e\u043c|\u043f\u0440\u0435\u0438\u043c\u0443\u0449\u0435\u0441\u0442\u0432\u043e\u043c)\s+\u0431\u0443\u0434\u0435\u0442|\u0436\u0435\u043b\u0430\u0442\u0435\u043b\u044c\u043d\u043e)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:\u0447\u0442\u043e\s+)?(?:\u043c\u044b\s+)?\u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u043c|\u0443\u0441\u043b\u043e\u0432\u0438\u044f(?:\s+\u0440\u0430\u0431\u043e\u0442\u044b)?)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:\u043d\u0430\u0448\u0438\s+)?\u0442\u0440\u0435\u0431\u043e\u0432\u0430\u043d\u0438\u044f|(?:\u0447\u0442\u043e\s+)?\u043c\u044b\s+\u043e\u0436\u0438\u0434\u0430\u0435\u043c(?:\s+\u043e\u0442\s+(?:\u0442\u0435\u0431\u044f|\u0432\u0430\u0441))?|\u043a\u043e\u0433\u043e\s+\u043c\u044b\s+\u0438\u0449\u0435\u043c|\u043d\u0435\u043e\u0431\u0445\u0456\u0434\u043d\u0456\s+\u043d\u0430\u0432\u0438\u0447\u043a\u0438|\u043d\u0435\u043e\u0431\u0445\u043e\u0434\u0438\u043c\u044b\u0435\s+\u043d\u0430\u0432\u044b\u043a\u0438)(?![\p{L}])/iu],
  ['responsibilities', /^(?:\u043e\u0431\u044f\u0437\u0430\u043d\u043d\u043e\u0441\u0442\u0438|(?:\u0442\u0432\u043e\u0438\s+)?\u0437\u0430\u0434\u0430\u0447\u0438|\u0447\u0442\u043e\s+\u043d\u0443\u0436\u043d\u043e\s+\u0434\u0435\u043b\u0430\u0442\u044c|\u0447\u0435\u043c\s+(?:\u043f\u0440\u0435\u0434\u0441\u0442\u043e\u0438\u0442|\u0442\u044b\s+\u0431\u0443\u0434\u0435\u0448\u044c)\s+\u0437\u0430\u043d\u0438\u043c\u0430\u0442\u044c\u0441\u044f)(?![\p{L}])/iu],
  ['about', /^(?:\u043e\s+(?:\u043d\u0430\u0441|\u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438|\u043f\u0440\u043e\u0435\u043a\u0442\u0435))(?![\p{L}])/iu],
  ['other', /^(?:\u043a\u0430\u043a\s+\u043e\u0442\u043a\u043b\u0438\u043a\u043d\u0443\u0442\u044c\u0441\u044f)(?![\p{L}])/iu],
  // (s60 tune) Icelandic, as Alfred and the newspapers' boards head their parts ("Um okkur", "Helstu verkefni", "Hæfniskröfur",
  // "Kostur", "Við bjóðum", "Umsóknarfrestur"), over English or Icelandic lines.
  ['preferred', /^(?:(?:það\s+er\s+)?(?:mikill\s+)?kostur(?:\s+ef)?|kostir|æskileg\w*(?:\s+hæfni)?)(?![\p{L}])/iu],
  ['benefits', /^(?:við\s+bjóðum(?:\s+upp\s+á)?|(?:hvað\s+)?bjóðum\s+við|fríðindi(?:\s+í\s+starfi)?|hlunnindi)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:menntunar-?\s+og\s+)?hæfniskröfur|hæfnikröfur|kröfur|við\s+leitum\s+að)(?![\p{L}])/iu],
  ['responsibilities', /^(?:helstu\s+verkefni(?:\s+og\s+ábyrgð)?|starfssvið|verkefni(?:n)?(?:\s+og\s+ábyrgð)?|starfslýsing)(?![\p{L}])/iu],
  ['about', /^(?:um\s+(?:okkur|fyrirtækið|félagið))(?![\p{L}])/iu],
  ['other', /^(?:umsóknarfrestur|umsókn(?:ir)?|nánari\s+upplýsingar)(?![\p{L}])/iu],
  // (s60b tune) Norwegian and Danish headings asked as questions, the verb before its subject: "Hva skal du jobbe med", "Hvem ser
  // vi etter", "Hva kan vi tilby" (the statement order, "Hva vi ser etter", "Vi tilbyr", is read above).
  ['benefits', /^(?:hva(?:d)?\s+(?:kan\s+vi\s+tilby(?:de)?|tilbyr\s+vi|tilbyder\s+vi|f(?:å|aa)r\s+du(?:\s+(?:hos|av|af)\s+(?:oss|os))?))(?![\p{L}])/iu],
  ['requirements', /^(?:(?:hvem|hva|hvad)\s+(?:ser|søker|søger|leter|leder)\s+vi\s+(?:etter|efter)(?:\s+(?:hos\s+)?(?:deg|dig))?|(?:hva|hvad)\s+(?:forventer|ønsker)\s+vi(?:\s+(?:av|af)\s+(?:deg|dig))?)(?![\p{L}])/iu],
  ['responsibilities', /^(?:hva(?:d)?\s+(?:skal|kommer)\s+du\s+(?:til\s+(?:å|at)\s+)?(?:jobbe|arbejde|arbeide|gjøre|lave)(?:\s+med)?)(?![\p{L}])/iu],
  // (s60b tune) Serbian and Croatian: "Bi\u0107e ti prednost" (the wishes), "\u0160ta dobija\u0161" (the perks); "Ko smo mi" (the gate's words).
  ['preferred', /^(?:(?:bi(?:\u0107|c)e|bit\s+(?:\u0107|c)e|smatra(?:\u0107|c)e\s+se)\s+(?:ti\s+|vam\s+)?(?:prednost|plus))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:\u0161ta|\u0161to|sta|sto)\s+(?:(?:\u0107e\u0161|ces)\s+)?(?:dobija(?:\u0161|s)|dobiva(?:\u0161|s)|dobiti)(?:\s+(?:od\s+nas|kod\s+nas))?)(?![\p{L}])/iu],
  // (s60b tune) Icelandic, more of its words: "Hæfni og reynsla" (the asks), "Í boði er" (the perks).
  ['requirements', /^(?:(?:menntun,?\s+(?:og\s+)?)?(?:hæfni|reynsla)(?:,?\s+(?:og\s+)?(?:hæfni|reynsla|menntun))*)(?![\p{L}])/iu],
  ['benefits', /^(?:í\s+boði\s+(?:er|eru))(?![\p{L}])/iu],
  // (s58 tune) Turkish, as Kariyer.net and startups head their parts: "Hakkımızda", "İş Tanımı", "Aranan Nitelikler", "Tercih
  // Sebebi", "Sunduklarımız" ("İ" and "ı" written out: they fold to no "i" in a case-blind match).
  ['preferred', /^(?:tercihen|tercih (?:sebebi(?:dir)?|nedeni(?:dir)?|edilir|edilen nitelikler)|art[ıiİI] (?:olarak|puan)|art[ıiİI]lar)(?![\p{L}])/iu],
  ['benefits', /^(?:sunduklar[ıiİI]m[ıiİI]z|yan haklar|neler sunuyoruz|sa[ğg]lad[ıiİI][ğg][ıiİI]m[ıiİI]z (?:imkanlar|olanaklar|haklar)|(?:sana|size) sunduklar[ıiİI]m[ıiİI]z)(?![\p{L}])/iu],
  ['requirements', /^(?:aranan (?:nitelikler|yetkinlikler|[öo]zellikler)|(?:genel )?nitelikler|senden beklediklerimiz|sizden beklediklerimiz|beklentilerimiz|arad[ıiİI][ğg][ıiİI]m[ıiİI]z (?:ki[şs]i|nitelikler|yetkinlikler))(?![\p{L}])/iu],
  ['responsibilities', /^(?:[iİIı][şs] tan[ıiİI]m[ıiİI]|g[öo]rev(?:ler)?(?: ve sorumluluklar)?|sorumluluklar|neler yapacaks[ıiİI]n|pozisyon (?:hakk[ıiİI]nda|detaylar[ıiİI]))(?![\p{L}])/iu],
  ['about', /^(?:hakk[ıiİI]m[ıiİI]zda|biz kimiz|kimiz|[şs]irket hakk[ıiİI]nda)(?![\p{L}])/iu],
  // (s58 tune) Romanian, with or without its diacritics (comma or cedilla): "Despre companie", "Responsabilități", "Cerințe",
  // "Beneficii", "Ce oferim", "Cum aplici".
  ['preferred', /^(?:constituie (?:un )?(?:avantaj|plus)|reprezint(?:ă|a) (?:un )?(?:avantaj|plus)|(?:este|e) un (?:avantaj|plus)|ar fi un plus)(?![\p{L}])/iu],
  ['benefits', /^(?:beneficii(?:le)?|ce (?:(?:î|i)(?:ț|ţ|t)i |va )?oferim|oferim|pachet(?:ul)? salarial)(?![\p{L}])/iu],
  ['requirements', /^(?:cerin(?:ț|ţ|t)e(?:le)?(?: postului| pentru post)?|ce c(?:ă|a)ut(?:ă|a)m|profilul (?:candidatului|t(?:ă|a)u)|ce (?:(?:ne )?a(?:ș|ş|s)tept(?:ă|a)m|a(?:ș|ş|s)tept(?:ă|a)m) de la tine|calific(?:ă|a)ri)(?![\p{L}])/iu],
  ['responsibilities', /^(?:responsabilit(?:ă|a)(?:ț|ţ|t)i(?:le)?(?: postului)?|ce vei face|atribu(?:ț|ţ|t)ii(?:le)?(?: postului)?|descrierea (?:jobului|postului|rolului)|rolul t(?:ă|a)u)(?![\p{L}])/iu],
  ['about', /^(?:despre (?:noi|companie|firm(?:ă|a)|compania noastr(?:ă|a))|cine suntem)(?![\p{L}])/iu],
  ['other', /^(?:cum (?:s(?:ă|a) )?aplici|aplic(?:ă|a) acum|pa(?:ș|ş|s)ii (?:urm(?:ă|a)tori|procesului)|urm(?:ă|a)torii pa(?:ș|ş|s)i|procesul de (?:recrutare|selec(?:ț|ţ|t)ie))(?![\p{L}])/iu],
  // (s59 tune) Greek, transliterated as Greek boards and startups often print it ("Poioi eimaste", "Ti tha kaneis", "Ti zitame",
  // "Tha einai epipleon plus", "Ti prosferoume", "Pos na kaneis aitisi"; x, ch or h for the same letter), and in Greek letters.
  ['about', /^(?:poi?oi\s+(?:eimaste|imaste)|(?:ligo|lig[aá])\s+(?:gia|sxetika\s+me)\s+(?:emas|tin\s+etair(?:e|i)ia)|(?:sxetika|schetika|shetika|sx?etika)\s+me\s+(?:emas|tin\s+etair(?:e|i)ia)|i\s+etair(?:e|i)ia\s+mas|\u03c0\u03bf\u03b9\u03bf\u03b9\s+\u03b5\u03af\u03bc\u03b1\u03c3\u03c4\u03b5|\u03c3\u03c7\u03b5\u03c4\u03b9\u03ba\u03ac\s+\u03bc\u03b5\s+\u03b5\u03bc\u03ac\u03c2|\u03b7\s+\u03b5\u03c4\u03b1\u03b9\u03c1\u03b5\u03af\u03b1)(?![\p{L}])/iu],
  ['responsibilities', /^(?:ti\s+tha\s+(?:kaneis|kanete|kaneite|kaneis\s+sto\s+rolo)|armodiotites|kathikonta|(?:oi\s+)?(?:ypeuthynotites|ypefthynotites|ypeythynotites|efthynes|eythynes)|perigrafi\s+(?:thesis|ergasias|rolou)|(?:o\s+)?rolos(?:\s+sou)?|\u03c4\u03b9\s+\u03b8\u03b1\s+\u03ba\u03ac\u03bd\u03b5\u03b9\u03c2|\u03b1\u03c1\u03bc\u03bf\u03b4\u03b9\u03cc\u03c4\u03b7\u03c4\u03b5\u03c2|\u03ba\u03b1\u03b8\u03ae\u03ba\u03bf\u03bd\u03c4\u03b1|\u03c0\u03b5\u03c1\u03b9\u03b3\u03c1\u03b1\u03c6\u03ae\s+\u03b8\u03ad\u03c3\u03b7\u03c2)(?![\p{L}])/iu],
  ['requirements', /^(?:ti\s+(?:zitame|zitoume|anazitame|anazitoume|xreiazesai|chreiazesai|perimenoume)(?:\s+apo\s+(?:esena|sena|eseis))?|apaitiseis(?:\s+thesis)?|apaitoumena(?:\s+prosonta)?|(?:ta\s+)?prosonta(?:\s+sou)?|to\s+profil\s+sou|ti\s+prepei\s+na\s+(?:exeis|echeis)|\u03c4\u03b9\s+\u03b6\u03b7\u03c4\u03ac\u03bc\u03b5|\u03b1\u03c0\u03b1\u03b9\u03c4\u03ae\u03c3\u03b5\u03b9\u03c2|\u03b1\u03c0\u03b1\u03b9\u03c4\u03bf\u03cd\u03bc\u03b5\u03bd\u03b1(?:\s+\u03c0\u03c1\u03bf\u03c3\u03cc\u03bd\u03c4\u03b1)?|\u03c0\u03c1\u03bf\u03c3\u03cc\u03bd\u03c4\u03b1)(?![\p{L}])/iu],
  ['preferred', /^(?:(?:tha\s+(?:einai|itan|apotelesei)|einai|apotelei)\s+(?:ena\s+)?(?:epipleon\s+)?(?:plus|prosono|pleonektima)|epithymita(?:\s+prosonta)?|epithymito|tha\s+ektimi(?:thei|thoun)|tha\s+theorithei\s+(?:plus|prosono|pleonektima)|epipleon\s+(?:prosonta|plus)|\u03b5\u03c0\u03b9\u03b8\u03c5\u03bc\u03b7\u03c4\u03ac(?:\s+\u03c0\u03c1\u03bf\u03c3\u03cc\u03bd\u03c4\u03b1)?|\u03b8\u03b1\s+\u03b5\u03ba\u03c4\u03b9\u03bc\u03b7\u03b8\u03b5\u03af|\u03b8\u03b1\s+\u03b8\u03b5\u03c9\u03c1\u03b7\u03b8\u03b5\u03af\s+\u03c0\u03bb\u03b5\u03bf\u03bd\u03ad\u03ba\u03c4\u03b7\u03bc\u03b1)(?![\p{L}])/iu],
  ['benefits', /^(?:ti\s+(?:sou\s+)?prosferoume|(?:sou\s+)?prosferoume|parexoume|paroxes|(?:ta\s+)?ofeli(?:\s+sou)?|ti\s+kerdizeis|\u03c4\u03b9\s+(?:\u03c3\u03bf\u03c5\s+)?\u03c0\u03c1\u03bf\u03c3\u03c6\u03ad\u03c1\u03bf\u03c5\u03bc\u03b5|\u03c0\u03c1\u03bf\u03c3\u03c6\u03ad\u03c1\u03bf\u03c5\u03bc\u03b5|\u03c0\u03b1\u03c1\u03bf\u03c7\u03ad\u03c2)(?![\p{L}])/iu],
  ['other', /^(?:pos\s+na\s+(?:kaneis|kanete)\s+aitisi|aitisi|aitiseis|\u03c0\u03ce\u03c2\s+\u03bd\u03b1\s+\u03ba\u03ac\u03bd\u03b5\u03b9\u03c2\s+\u03b1\u03af\u03c4\u03b7\u03c3\u03b7)(?![\p{L}])/iu],
  // (s59 tune) Hungarian: "Rólunk", "F\u0151 feladatok", "Elvárások", "El\u0151nyt jelent", "Amit kínálunk", "Jelentkezés" ("El\u0151nyök", the
  // perks' word in some postings, is not "el\u0151ny").
  ['preferred', /^(?:(?:nagy\s+|további\s+)?el\u0151ny(?:t\s+jelent(?:,?\s+ha)?|ös|,?\s+ha|ként\s+(?:értékeljük|jelent))?|plusz\s+pont(?:ot\s+jelent)?)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:amit|mit)\s+(?:kínálunk|nyújtunk|adunk|ajánlunk)(?:\s+neked)?|kínálunk|juttatások|ajánlatunk)(?![\p{L}])/iu],
  ['requirements', /^(?:elvárások|elvárásaink|(?:amit|mit)\s+(?:elvárunk|várunk\s+(?:t\u0151led|el))|követelmények|(?:akit|kit)\s+keresünk|amit\s+kérünk|(?:amire|ami)\s+szükséged\s+lesz)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:(?:f\u0151|f\u0151bb)\s+)?(?:feladatok|feladataid|feladatkör|feladatköröd)|(?:a\s+)?munkakör(?:i\s+leírás)?|mivel\s+fogsz\s+foglalkozni|mit\s+fogsz\s+csinálni)(?![\p{L}])/iu],
  ['about', /^(?:rólunk|kik\s+vagyunk|a\s+cégr\u0151l|cégünkr\u0151l|a\s+vállalatról|bemutatkozás)(?![\p{L}])/iu],
  ['other', /^(?:jelentkezés(?:\s+módja)?|hogyan\s+jelentkezz(?:él)?)(?![\p{L}])/iu],
  // (s59 tune) Slovak: "Nápl\u0148 práce" (as Czech), "Po\u017eiadavky na zamestnanca", "Výhodou je", "Zamestnanecké výhody", "Mzdové
  // podmienky" (the pay), "O spolo\u010dnosti".
  ['benefits', /^(?:zamestnanecké\s+výhody|(?:\u010do\s+)?(?:ti\s+|vám\s+)?ponúkame|mzdové\s+podmienky|platové\s+podmienky)(?![\p{L}])|^(?:mzda|plat)\s*:?$/iu],
  ['requirements', /^(?:po\u017eiadavky(?:\s+na\s+(?:zamestnanca|uchádza\u010da|kandidáta|pozíciu))?|\u010do\s+(?:od\s+(?:teba|vás)\s+)?o\u010dakávame|koho\s+h\u013eadáme|\u010do\s+(?:by\s+si\s+mal(?:\/a|a)?|potrebuje\u0161)\s+(?:vedie\u0165|ma\u0165|ovláda\u0165))(?![\p{L}])/iu],
  ['responsibilities', /^(?:pracovná\s+nápl\u0148|\u010do\s+(?:bude\u0161|budete)\s+robi\u0165|(?:tvoja|va\u0161a)\s+nápl\u0148|popis\s+pozície)(?![\p{L}])/iu],
  ['about', /^(?:o\s+(?:spolo\u010dnosti|firme)|kto\s+sme)(?![\p{L}])/iu],
  // (s59 tune) Estonian: "Ettevõttest", "Mida sa teed", "Mida me ootame", "Plussiks loeme", "Mida me pakume".
  ['preferred', /^(?:(?:sulle\s+)?(?:tuleb\s+kasuks|kasuks\s+tuleb)|plussiks\s+(?:loeme|on|tuleb)|eeliseks\s+(?:on|loeme|tuleb))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:mida\s+)?(?:me\s+)?pakume(?:\s+sulle)?|omalt\s+poolt\s+pakume|mida\s+sa\s+saad)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:mida\s+)?(?:me\s+)?ootame(?:\s+sinult)?|sinult\s+ootame|nõuded(?:\s+kandidaadile)?|(?:keda\s+)?(?:me\s+)?otsime|meie\s+ootused)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:sinu\s+|peamised\s+)?(?:töö)?ülesanded|mida\s+sa\s+(?:teed|hakkad\s+tegema)|sinu\s+roll)(?![\p{L}])/iu],
  ['about', /^(?:meist|ettevõttest(?:\s+lühidalt)?|kes\s+(?:me\s+)?oleme|ettevõtte\s+tutvustus)(?![\p{L}])/iu],
  ['other', /^(?:kandideerimine|kuidas\s+kandideerida)(?![\p{L}])/iu],
  // (s59 tune) Indonesian, as local boards mix it with English: "Tentang Kami", "Tanggung Jawab", "Kualifikasi", "Nilai Plus".
  ['preferred', /^(?:(?:menjadi\s+)?nilai\s+(?:plus|tambah)|(?:lebih\s+)?diutamakan)(?![\p{L}])/iu],
  ['benefits', /^(?:fasilitas|keuntungan|tunjangan|(?:yang\s+)?kami\s+tawarkan|kami\s+menawarkan)(?![\p{L}])/iu],
  ['requirements', /^(?:kualifikasi|persyaratan|syarat|kriteria|(?:yang\s+)?kami\s+cari)(?![\p{L}])/iu],
  ['responsibilities', /^(?:tanggung\s+jawab(?:\s+pekerjaan)?|deskripsi\s+pekerjaan|uraian\s+(?:tugas|pekerjaan)|tugas(?:\s+dan\s+tanggung\s+jawab)?)(?![\p{L}])/iu],
  ['about', /^(?:tentang\s+(?:kami|perusahaan)|profil\s+perusahaan|siapa\s+kami)(?![\p{L}])/iu],
  ['other', /^(?:cara\s+(?:melamar|mendaftar))(?![\p{L}])/iu],
  // (s59 tune) Finnish, more of its words: "Työssä pääset" (the work), "Toivomme sinulta" (the asks).
  ['responsibilities', /^(?:(?:työssä|tehtävässä)(?:si|mme)?\s+pääset|(?:mitä\s+)?pääset\s+tekemään|työnkuva)(?![\p{L}])/iu],
  ['requirements', /^(?:toivomme(?:\s+sinulta)?|(?:sinulta|hakijalta)\s+(?:toivomme|odotamme|edellytämme))(?![\p{L}])/iu],
  // (s59 tune) A Spanish wish said as a sentence over its list, "Sería un punto a favor si tienes:", "Suma puntos si ...": the
  // wishes, as "Valorable" is.
  ['preferred', /^(?:(?:ser(?:í|i)a|ser(?:á|a)|es|supone|supondr(?:í|i)a)\s+(?:un\s+)?(?:punto\s+a\s+(?:tu\s+)?favor|(?:gran\s+)?(?:plus|ventaja)|valor\s+a(?:ñ|n)adido)(?:\s+(?:si|que)\b.*)?|suma(?:r(?:á|a|(?:í|i)a))?\s+puntos(?:\s+(?:si|que)\b.*)?)$/iu],
  // (s59b tune) Vietnamese, as local boards mix it with English: "V\u1ec1 công ty", "Công vi\u1ec7c c\u1ee7a b\u1ea1n", "Yêu c\u1ea7u", "\u0110i\u1ec3m c\u1ed9ng", "Phúc l\u1ee3i".
  ['preferred', /^(?:\u0111i\u1ec3m\s+c\u1ed9ng|\u01b0u\s+tiên|(?:s\u1ebd\s+là\s+)?l\u1ee3i\s+th\u1ebf(?:\s+n\u1ebfu)?)(?![\p{L}])/iu],
  ['benefits', /^(?:phúc\s+l\u1ee3i|quy\u1ec1n\s+l\u1ee3i|ch\u1ebf\s+\u0111\u1ed9\s+\u0111ãi\s+ng\u1ed9|(?:nh\u1eefng\s+gì\s+)?chúng\s+tôi\s+(?:mang\s+l\u1ea1i|cung\s+c\u1ea5p)|b\u1ea1n\s+s\u1ebd\s+nh\u1eadn\s+\u0111\u01b0\u1ee3c)(?![\p{L}])/iu],
  ['requirements', /^(?:yêu\s+c\u1ea7u(?:\s+(?:công\s+vi\u1ec7c|\u1ee9ng\s+viên|chung))?|(?:chúng\s+tôi\s+)?c\u1ea7n\s+\u1edf\s+b\u1ea1n|tiêu\s+chu\u1ea9n)(?![\p{L}])/iu],
  ['responsibilities', /^(?:mô\s+t\u1ea3\s+công\s+vi\u1ec7c|công\s+vi\u1ec7c\s+c\u1ee7a\s+b\u1ea1n|nhi\u1ec7m\s+v\u1ee5|trách\s+nhi\u1ec7m|b\u1ea1n\s+s\u1ebd\s+làm\s+gì)(?![\p{L}])/iu],
  ['about', /^(?:v\u1ec1\s+(?:chúng\s+tôi|công\s+ty)|gi\u1edbi\s+thi\u1ec7u\s+(?:công\s+ty|v\u1ec1\s+chúng\s+tôi))(?![\p{L}])/iu],
  // (s59b tune) Catalan: "Sobre nosaltres", "Les teves funcions", "Requisits", "Valorarem", "T'oferim".
  ['preferred', /^(?:valorarem|es\s+valorar(?:à|a)n?|(?:serà|sera|seria)\s+un\s+(?:plus|punt\s+a\s+favor)|desitjable)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:què\s+|que\s+|el\s+que\s+)?(?:t['\u2019]|us\s+)?oferim|beneficis)(?![\p{L}])/iu],
  ['requirements', /^(?:requisits(?:\s+mínims)?|(?:què\s+|que\s+|el\s+que\s+)(?:busquem|demanem)|(?:el\s+)?teu\s+perfil)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:les\s+)?teves\s+funcions|funcions|(?:què\s+|que\s+)(?:faràs|faras)|responsabilitats)(?![\p{L}])/iu],
  ['about', /^(?:sobre\s+nosaltres|qui\s+som)(?![\p{L}])/iu],
  // (s45) Polish: "Zakres obowiązków", "Wymagania", "Czego oczekujemy", "Mile widziane", "Oferujemy", "O nas".
  ['preferred', /^(?:mile widzian[eay]|(?:dodatkowym |dużym )?atutem(?: będzie| jest)?|(?:będzie )?(?:dodatkowym )?atutem|nice to have|dodatkowo (?:docenimy|cenimy))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:co )?(?:(?:my )?ci |pani\/panu )?oferujemy|benefity|wynagrodzenie i benefity)(?![\p{L}])/iu],
  ['requirements', /^(?:wymagania|(?:czego|co) (?:od (?:ciebie|kandydata) )?(?:oczekujemy|wymagamy)|oczekujemy|(?:nasze|kluczowe) wymagania|(?:twój|twoj) profil|kogo szukamy|szukamy (?:osoby|kogoś),? (?:która|kto)|(?:czego|co) potrzebujesz)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:zakres )?obowiązków|(?:twoje )?(?:zadania|obowiązki)|czym (?:będziesz się|bedziesz sie) zajmować|(?:twoja )?rola|opis stanowiska)(?![\p{L}])/iu],
  ['about', /^(?:o nas|kim jesteśmy|o firmie)(?![\p{L}])/iu],
  // (s46) Italian: "Cosa farai", "Requisiti", "Costituiscono un plus", "Cosa offriamo", "Chi siamo".
  ['preferred', /^(?:(?:costituisc(?:e|ono)|costituir(?:à|a)|sar(?:à|a)(?:nno)?\s+considerat[oaie])\s+(?:un\s+)?(?:plus|titolo\s+preferenziale|titoli\s+preferenziali)|(?:è|e['’]?)\s+(?:un\s+)?plus|titol[oi]\s+preferenzial[ei]|requisiti\s+preferenziali|(?:competenze|conoscenze|esperienze)\s+(?:gradit[ei]|preferenziali)|gradit[oaie])(?![\p{L}])/iu],
  ['benefits', /^(?:(?:cosa\s+)?(?:ti\s+|vi\s+)?offriamo|(?:i\s+nostri\s+)?benefit|vantaggi|retribuzione(?:\s+e\s+benefit)?|perch(?:é|e)\s+(?:lavorare\s+con\s+noi|unirti\s+a\s+noi))(?![\p{L}])/iu],
  ['requirements', /^(?:requisiti(?:\s+(?:richiesti|minimi|fondamentali|obbligatori|essenziali))?|(?:cosa|chi)\s+cerchiamo|(?:il\s+)?profilo\s+(?:ricercato|ideale|richiesto)|(?:il\s+)?tuo\s+profilo|(?:competenze|conoscenze|esperienze?)\s+richiest[ea]|cosa\s+ti\s+(?:chiediamo|serve)|cosa\s+ci\s+aspettiamo(?:\s+da\s+te)?)(?![\p{L}])/iu],
  ['responsibilities', /^(?:cosa\s+farai|di\s+cosa\s+ti\s+occuperai|(?:le\s+)?tue\s+(?:responsabilit(?:à|a)|attivit(?:à|a)|mansioni)|responsabilit(?:à|a)|mansioni|(?:principali\s+)?attivit(?:à|a)|(?:il\s+)?ruolo|descrizione\s+(?:del\s+ruolo|della\s+posizione))(?![\p{L}])/iu],
  ['about', /^(?:chi\s+siamo|su\s+di\s+noi|l['’]azienda|chi\s+(?:è|e)\s+[\p{Lu}][\p{L}]*)(?![\p{L}])/iu],
  // (s61 tune) Ukrainian, in Cyrillic, as Djinni, DOU and Work.ua postings head their parts ("\u041f\u0440\u043e \u043a\u043e\u043c\u043f\u0430\u043d\u0456\u044e", "\u0429\u043e \u0442\u0438 \u0431\u0443\u0434\u0435\u0448
  // \u0440\u043e\u0431\u0438\u0442\u0438", "\u0429\u043e \u043c\u0438 \u043e\u0447\u0456\u043a\u0443\u0454\u043c\u043e", "\u0411\u0443\u0434\u0435 \u043f\u043b\u044e\u0441\u043e\u043c", "\u0429\u043e \u043c\u0438 \u043f\u0440\u043e\u043f\u043e\u043d\u0443\u0454\u043c\u043e", "\u042f\u043a \u0434\u043e\u043b\u0443\u0447\u0438\u0442\u0438\u0441\u044f"); the apostrophe of "\u043e\u0431\u043e\u0432'\u044f\u0437\u043a\u0438" in any of its forms.
  ['about', /^(?:\u043f\u0440\u043e\s+(?:\u043d\u0430\u0441|\u043a\u043e\u043c\u043f\u0430\u043d\u0456\u044e|\u043a\u043e\u043c\u0430\u043d\u0434\u0443|\u043d\u0430\u0448\u0443\s+\u043a\u043e\u043c\u043f\u0430\u043d\u0456\u044e)|\u0445\u0442\u043e\s+\u043c\u0438(?:\s+(?:\u0454|\u0442\u0430\u043a\u0456))?|\u043d\u0430\u0448\u0430\s+\u043a\u043e\u043c\u043f\u0430\u043d\u0456\u044f)(?![\p{L}])/iu],
  ['responsibilities', /^(?:\u0449\u043e\s+(?:\u0442\u0438\s+|\u0432\u0438\s+)?(?:\u0431\u0443\u0434\u0435\u0448|\u0431\u0443\u0434\u0435\u0442\u0435)\s+\u0440\u043e\u0431\u0438\u0442\u0438|\u0449\u043e\s+(?:\u043f\u043e\u0442\u0440\u0456\u0431\u043d\u043e|\u0442\u0440\u0435\u0431\u0430)\s+(?:\u0431\u0443\u0434\u0435\s+)?\u0440\u043e\u0431\u0438\u0442\u0438|\u0447\u0438\u043c\s+(?:\u0442\u0438\s+|\u0432\u0438\s+)?(?:\u0431\u0443\u0434\u0435\u0448|\u0431\u0443\u0434\u0435\u0442\u0435)\s+\u0437\u0430\u0439\u043c\u0430\u0442\u0438\u0441\u044f|(?:\u0442\u0432\u043e\u0457|\u0432\u0430\u0448\u0456|\u043e\u0441\u043d\u043e\u0432\u043d\u0456)\s+(?:\u043e\u0431\u043e\u0432['\u2019\u02bc]?\u044f\u0437\u043a\u0438|\u0437\u0430\u0434\u0430\u0447\u0456|\u0437\u0430\u0432\u0434\u0430\u043d\u043d\u044f)|\u043e\u0431\u043e\u0432['\u2019\u02bc]?\u044f\u0437\u043a\u0438|\u0437\u0430\u0434\u0430\u0447\u0456|\u043e\u043f\u0438\u0441\s+(?:\u0432\u0430\u043a\u0430\u043d\u0441\u0456\u0457|\u043f\u043e\u0441\u0430\u0434\u0438|\u0440\u043e\u043b\u0456))(?![\p{L}])/iu],
  ['requirements', /^(?:\u0449\u043e\s+\u043c\u0438\s+(?:\u043e\u0447\u0456\u043a\u0443\u0454\u043c\u043e|\u0447\u0435\u043a\u0430\u0454\u043c\u043e)(?:\s+\u0432\u0456\u0434\s+(?:\u0442\u0435\u0431\u0435|\u0432\u0430\u0441|\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0430))?|(?:\u043d\u0430\u0448\u0456\s+|\u043e\u0441\u043d\u043e\u0432\u043d\u0456\s+)?\u0432\u0438\u043c\u043e\u0433\u0438(?:\s+\u0434\u043e\s+(?:\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0430|\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0456\u0432))?|\u043a\u043e\u0433\u043e\s+\u043c\u0438\s+\u0448\u0443\u043a\u0430\u0454\u043c\u043e|(?:\u0449\u043e\s+)?(?:\u0442\u043e\u0431\u0456|\u0432\u0430\u043c)\s+(?:\u043f\u043e\u0442\u0440\u0456\u0431\u043d\u043e|\u0437\u043d\u0430\u0434\u043e\u0431\u0438\u0442\u044c\u0441\u044f)|\u043d\u0435\u043e\u0431\u0445\u0456\u0434\u043d\u0456\s+(?:\u043d\u0430\u0432\u0438\u0447\u043a\u0438|\u0437\u043d\u0430\u043d\u043d\u044f))(?![\p{L}])/iu],
  ['preferred', /^(?:(?:\u0431\u0443\u0434\u0435|\u0441\u0442\u0430\u043d\u0435)\s+(?:\u0432\u0435\u043b\u0438\u043a\u0438\u043c\s+)?(?:\u043f\u043b\u044e\u0441\u043e\u043c|\u043f\u0435\u0440\u0435\u0432\u0430\u0433\u043e\u044e)|(?:\u043f\u0435\u0440\u0435\u0432\u0430\u0433\u043e\u044e|\u043f\u043b\u044e\u0441\u043e\u043c)\s+(?:\u0431\u0443\u0434\u0435|\u0441\u0442\u0430\u043d\u0435)|\u0431\u0430\u0436\u0430\u043d\u043e)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:\u0449\u043e\s+)?(?:\u043c\u0438\s+)?\u043f\u0440\u043e\u043f\u043e\u043d\u0443\u0454\u043c\u043e(?:\s+(?:\u0442\u043e\u0431\u0456|\u0432\u0430\u043c))?|\u0449\u043e\s+(?:\u0442\u0438\s+|\u0432\u0438\s+)?(?:\u043e\u0442\u0440\u0438\u043c\u0430\u0454\u0448|\u043e\u0442\u0440\u0438\u043c\u0430\u0454\u0442\u0435)|\u0443\u043c\u043e\u0432\u0438\s+\u0440\u043e\u0431\u043e\u0442\u0438|\u0431\u0435\u043d\u0435\u0444\u0456\u0442\u0438)(?![\p{L}])/iu],
  ['other', /^(?:\u044f\u043a\s+(?:\u0434\u043e\u043b\u0443\u0447\u0438\u0442\u0438\u0441\u044f|\u043f\u0440\u0438\u0454\u0434\u043d\u0430\u0442\u0438\u0441\u044f|\u043f\u043e\u0434\u0430\u0442\u0438\u0441\u044f|\u043f\u043e\u0434\u0430\u0442\u0438\s+(?:\u0437\u0430\u044f\u0432\u043a\u0443|\u0440\u0435\u0437\u044e\u043c\u0435)|\u0432\u0456\u0434\u0433\u0443\u043a\u043d\u0443\u0442\u0438\u0441\u044f))(?![\p{L}])/iu],
  // (s61 tune) Estonian, more of its words: "Meie ettev\u00f5ttest" (the company), "Millega sa tegelema hakkad" (the work).
  ['about', /^(?:meie\s+(?:ettev\u00f5ttest|ettev\u00f5te|meeskonnast|firmast)|firmast)(?![\p{L}])/iu],
  ['responsibilities', /^(?:millega\s+(?:sa\s+|te\s+)?(?:tegelema\s+hakkad|hakkad\s+tegelema|tegeled|tegelema\s+hakkate|hakkate\s+tegelema|tegelete))(?![\p{L}])/iu],
  // (s61 tune) Turkish, the company by a possessive: "\u015eirketimiz hakk\u0131nda", "Firmam\u0131z hakk\u0131nda", "Ekibimiz hakk\u0131nda".
  ['about', /^(?:(?:[\u015fs]irketimiz|firmam[\u0131i]z|ekibimiz)\s+hakk[\u0131i]nda)(?![\p{L}])/iu],
  // (s61 tune) Afrikaans, as South African boards head their parts: "Oor ons", "Jou pligte", "Vereistes", "Voordelig", "Wat ons
  // bied", "Hoe om aansoek te doen" ("'n voordeel", the wish, with its article).
  ['about', /^(?:oor\s+(?:ons|die\s+(?:maatskappy|besigheid|span))|wie\s+(?:ons\s+is|is\s+ons))(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:jou\s+|die\s+)?(?:pligte|verantwoordelikhede)(?:\s+en\s+verantwoordelikhede)?|wat\s+jy\s+(?:sal|gaan)\s+doen|pos\s?beskrywing|werksbeskrywing)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:minimum\s+)?vereistes|wat\s+ons\s+(?:soek|verwag|vra)|wie\s+ons\s+soek|kwalifikasies(?:\s+en\s+ervaring)?)(?![\p{L}])/iu],
  ['preferred', /^(?:voordelig|(?:(?:dit\s+)?(?:sal|is)\s+)?['\u2019]n\s+voordeel(?:\s+wees)?|aanbeveel)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:wat\s+)?ons\s+(?:bied|aanbied)(?:\s+jou)?|wat\s+jy\s+(?:kry|ontvang)|voordele|vergoeding(?:\s+en\s+voordele)?)(?![\p{L}])/iu],
  ['other', /^(?:hoe\s+om\s+aansoek\s+te\s+doen|aansoek\s+doen|aansoeke)(?![\p{L}])/iu],
  // (s61 tune) How to apply in Japanese, Korean and Chinese, the whole heading: "\u5fdc\u52df\u65b9\u6cd5", "\u9078\u8003\u30d5\u30ed\u30fc"; "\uc9c0\uc6d0 \ubc29\ubc95"; "\u5e94\u8058\u65b9\u5f0f".
  ['other', /^(?:\u5fdc\u52df\u65b9\u6cd5|\u5fdc\u52df\u306b\u3064\u3044\u3066|\u9078\u8003(?:\u30d5\u30ed\u30fc|\u30d7\u30ed\u30bb\u30b9|\u65b9\u6cd5)|\uc9c0\uc6d0\s?\ubc29\ubc95|\uc804\ud615\s?\uc808\ucc28|\u5e94\u8058\u65b9\u5f0f|\u7533\u8bf7\u65b9\u5f0f|\u61c9\u5fb5\u65b9\u5f0f)\s*[:\uff1a]?$/u],
  // (s61b tune) Greek in Greek letters, more of its words ("\u039b\u03af\u03b3\u03b1 \u03bb\u03cc\u03b3\u03b9\u03b1 \u03b3\u03b9\u03b1 \u03b5\u03bc\u03ac\u03c2", "\u039f\u03b9 \u03b1\u03c1\u03bc\u03bf\u03b4\u03b9\u03cc\u03c4\u03b7\u03c4\u03ad\u03c2 \u03c3\u03bf\u03c5", "\u0391\u03c0\u03b1\u03c1\u03b1\u03af\u03c4\u03b7\u03c4\u03b1 \u03c0\u03c1\u03bf\u03c3\u03cc\u03bd\u03c4\u03b1",
  // "\u0391\u03c0\u03bf\u03c3\u03c4\u03bf\u03bb\u03ae \u03b2\u03b9\u03bf\u03b3\u03c1\u03b1\u03c6\u03b9\u03ba\u03bf\u03cd"), with or without the accents.
  ['about', /^(?:\u03bb[\u03af\u03b9]\u03b3\u03b1\s+\u03bb[\u03cc\u03bf]\u03b3\u03b9\u03b1\s+(?:\u03b3\u03b9\u03b1\s+)?(?:\u03b5\u03bc[\u03ac\u03b1]\u03c2|\u03c4\u03b7\u03bd\s+\u03b5\u03c4\u03b1\u03b9\u03c1\u03b5[\u03af\u03b9]\u03b1))(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:\u03bf\u03b9\s+)?(?:\u03b1\u03c1\u03bc\u03bf\u03b4\u03b9[\u03cc\u03bf]\u03c4\u03b7\u03c4[\u03ad\u03b5]\u03c2|\u03b5\u03c5\u03b8[\u03cd\u03c5]\u03bd\u03b5\u03c2)(?:\s+(?:\u03c3\u03bf\u03c5|\u03c3\u03b1\u03c2|\u03c4\u03b7\u03c2\s+\u03b8[\u03ad\u03b5]\u03c3\u03b7\u03c2))?)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:\u03b1\u03c0\u03b1\u03c1\u03b1[\u03af\u03b9]\u03c4\u03b7\u03c4\u03b1|\u03b2\u03b1\u03c3\u03b9\u03ba[\u03ac\u03b1]|\u03b1\u03c0\u03b1\u03b9\u03c4\u03bf[\u03cd\u03c5]\u03bc\u03b5\u03bd\u03b1)\s+\u03c0\u03c1\u03bf\u03c3[\u03cc\u03bf]\u03bd\u03c4\u03b1)(?![\p{L}])/iu],
  ['other', /^(?:\u03b1\u03c0\u03bf\u03c3\u03c4\u03bf\u03bb[\u03ae\u03b7]\s+\u03b2\u03b9\u03bf\u03b3\u03c1\u03b1\u03c6\u03b9\u03ba\p{L}*|\u03c5\u03c0\u03bf\u03b2\u03bf\u03bb[\u03ae\u03b7]\s+\u03b1\u03b9\u03c4[\u03ae\u03b7]\u03c3\u03b5\u03c9\u03bd)(?![\p{L}])/iu],
  // (s61b tune) Finnish "Tietoa meist\u00e4" (the company); Slovak "Bonusom bude" (the wishes, as "Bonusom je"); Indonesian "Apa yang
  // Kamu Dapatkan" (the perks); Catalan "Sobre l'empresa", "Les teves tasques", "Qu\u00e8 necessitem"; Afrikaans "Voorkeur sal gegee
  // word aan" (the wishes: preference given to).
  ['about', /^(?:tietoa\s+(?:meist\u00e4|yrityksest\u00e4|yrityksest\u00e4mme))(?![\p{L}])/iu],
  // (s61b: and Slovak and Czech "\u010co \u0165a \u010dak\u00e1", "Co t\u011b \u010dek\u00e1", the work as what awaits the reader.)
  ['responsibilities', /^(?:(?:\u010do|co)\s+(?:\u0165a|ta|v\u00e1s|vas|t\u011b|te)\s+(?:\u010dak\u00e1|caka|\u010dek\u00e1|ceka)(?:\s+(?:v\s+pr\u00e1ci|u\s+n\u00e1s|u\s+nas))?)(?![\p{L}])/iu],
  ['preferred', /^(?:bonusom\s+(?:je|bude|bud\u00fa|s\u00fa))(?![\p{L}])/iu],
  ['benefits', /^(?:(?:apa\s+)?yang\s+(?:kamu|anda)\s+(?:dapatkan|peroleh))(?![\p{L}])/iu],
  ['about', /^(?:sobre\s+l['\u2019](?:empresa|organitzaci[\u00f3o]))(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:les\s+)?(?:teves|vostres)\s+tasques|tasques(?:\s+del\s+lloc)?)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:qu\u00e8|que)\s+(?:necessitem|et\s+demanem|demanem))(?![\p{L}])/iu],
  ['preferred', /^(?:voorkeur(?:\s+sal\s+gegee\s+word(?:\s+aan)?)?)(?![\p{L}])/iu],
  // (s62 tune) Albanian, as Albanian and Kosovar boards head their parts: "Rreth nesh", "P\u00ebrgjegj\u00ebsit\u00eb", "K\u00ebrkesat", "P\u00ebrb\u00ebn
  // avantazh", "Ofrojm\u00eb", "Si t\u00eb aplikoni" (with or without the diaeresis).
  ['about', /^(?:rreth\s+(?:nesh|kompanis[\u00ebe](?:\s+son[\u00ebe])?|firm[\u00ebe]s|ekipit(?:\s+ton[\u00ebe])?)|kush\s+jemi(?:\s+ne)?)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:p[\u00ebe]rgjegj[\u00ebe]sit[\u00ebe]|detyrat)(?:\s+(?:e\s+tua|tuaja|kryesore|e\s+pun[\u00ebe]s))?|(?:[\u00e7c]far[\u00ebe]\s+)?do\s+t[\u00ebe]\s+(?:b[\u00ebe]sh|b[\u00ebe]ni)|p[\u00ebe]rshkrimi\s+i\s+(?:pun[\u00ebe]s|pozicionit|rolit))(?![\p{L}])/iu],
  ['requirements', /^(?:k[\u00ebe]rkesat(?:\s+(?:p[\u00ebe]r\s+kandidatin|e\s+pozicionit))?|kualifikimet(?:\s+e\s+k[\u00ebe]rkuara)?|(?:[\u00e7c]far[\u00ebe]\s+)?k[\u00ebe]rkojm[\u00ebe](?:\s+(?:nga\s+ti|nga\s+ju))?|kandidati\s+ideal)(?![\p{L}])/iu],
  ['preferred', /^(?:(?:p[\u00ebe]rb[\u00ebe]n|[\u00ebe]sht[\u00ebe]|do\s+t[\u00ebe]\s+ishte|konsiderohet)\s+(?:nj[\u00ebe]\s+)?(?:avantazh|p[\u00ebe]rpar[\u00ebe]si)|avantazh|p[\u00ebe]rpar[\u00ebe]si|(?:e|t[\u00ebe])\s+d[\u00ebe]shirueshme)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:[\u00e7c]far[\u00ebe]\s+)?(?:ne\s+)?ofrojm[\u00ebe](?:\s+(?:ne|ju|ty|p[\u00ebe]r\s+ty))?|p[\u00ebe]rfitimet)(?![\p{L}])/iu],
  ['other', /^(?:si\s+t[\u00ebe]\s+(?:aplikoni|aplikosh|aplikohet)|aplikimi|m[\u00ebe]nyra\s+e\s+aplikimit)(?![\p{L}])/iu],
  // (s62 tune) Tagalog, as Philippine postings head their parts in Taglish: "Tungkol sa amin", "Ano ang gagawin mo", "Sino ang
  // hinahanap namin", "Mga benepisyo", "Paano mag-apply".
  ['about', /^(?:tungkol\s+sa\s+(?:amin|kompanya|kumpanya|aming\s+(?:kompanya|kumpanya))|sino\s+kami)(?![\p{L}])/iu],
  ['responsibilities', /^(?:ano\s+ang\s+(?:iyong\s+)?(?:gagawin|magiging\s+trabaho)(?:\s+mo)?|(?:ang\s+)?(?:iyong\s+|mga\s+)(?:tungkulin|responsibilidad|gawain)(?:\s+mo)?)(?![\p{L}])/iu],
  ['requirements', /^(?:sino\s+ang\s+(?:aming\s+)?hinahanap(?:\s+namin)?|(?:mga\s+)?ku?walipikasyon|(?:mga\s+)?kailangan(?:\s+namin)?|ano\s+ang\s+kailangan(?:\s+mo|\s+namin)?)(?![\p{L}])/iu],
  ['preferred', /^(?:mas\s+(?:mainam|maganda|mabuti)\s+kung(?:\s+(?:ikaw\s+ay|may|mayroon)\b.*)?|(?:isang\s+)?bentahe(?:\s+kung)?)$/iu],
  ['benefits', /^(?:(?:mga\s+)?benepisyo|ano\s+ang\s+(?:matatanggap|makukuha)\s+mo|(?:ang\s+)?alok\s+namin)(?![\p{L}])/iu],
  ['other', /^(?:paano\s+mag-?(?:apply|aplay))(?![\p{L}])/iu],
  // (s62 tune) How to apply as a heading in Serbian, Croatian and Bosnian ("Kako se prijaviti", "Prijave", "Na\u010din prijave") and in
  // Vietnamese ("C\u00e1ch \u1ee9ng tuy\u1ec3n", "H\u1ed3 s\u01a1 \u1ee9ng tuy\u1ec3n"): a part of no kind, which the perks above it swallowed.
  ['other', /^(?:kako\s+(?:se\s+)?(?:prijaviti|prijavi(?:\u0161|s)|prijavite|aplicirati|aplicirate|konkurisati|konkurirati)|prijav[ae](?:\s+(?:kandidata|na\s+oglas|za\s+posao))?|na(?:\u010d|c)in\s+prijave)(?![\p{L}])/iu],
  ['other', /^(?:c\u00e1ch(?:\s+th\u1ee9c)?\s+\u1ee9ng\s+tuy\u1ec3n|h\u1ed3\s+s\u01a1\s+\u1ee9ng\s+tuy\u1ec3n|n\u1ed9p\s+h\u1ed3\s+s\u01a1|\u1ee9ng\s+tuy\u1ec3n\s+ngay)(?![\p{L}])/iu],
  // (s62 tune) Arabic, as Gulf and Egyptian boards head their parts ("\u0639\u0646 \u0627\u0644\u0634\u0631\u0643\u0629" or "\u0639\u0646" and the company's name, "\u0627\u0644\u0645\u0647\u0627\u0645", "\u0627\u0644\u0645\u0624\u0647\u0644\u0627\u062a", "\u0627\u0644\u0645\u062a\u0637\u0644\u0628\u0627\u062a", "\u064a\u0641\u0636\u0644",
  // "\u0627\u0644\u0645\u0632\u0627\u064a\u0627", "\u0644\u0644\u062a\u0642\u062f\u064a\u0645"); "\u0639\u0646 \u0627\u0644\u0648\u0638\u064a\u0641\u0629" (about the job) is the work.
  ['about', /^(?:(?:\u0646\u0628\u0630\u0629\s+)?\u0639\u0646\s+(?:\u0627\u0644\u0634\u0631\u0643[\u0629\u0647]|\u0634\u0631\u0643\u062a\u0646\u0627|\u0646\u0627|\u0646\u062d\u0646|(?!\u0627\u0644)\S+(?:\s+(?!\u0627\u0644)\S+){0,2}$)|\u0645\u0646\s+\u0646\u062d\u0646|\u0639\u0646\u0627)(?![\p{L}\p{M}])/u],
  ['responsibilities', /^(?:\u0627\u0644\u0645\u0647\u0627\u0645(?:\s+(?:\u0648\u0627\u0644\u0645\u0633\u0624\u0648\u0644\u064a\u0627\u062a|\u0627\u0644\u0648\u0638\u064a\u0641\u064a\u0629|\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629))?|\u0627\u0644\u0645\u0633\u0624\u0648\u0644\u064a\u0627\u062a(?:\s+(?:\u0648\u0627\u0644\u0645\u0647\u0627\u0645|\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629))?|\u0645\u0647\u0627\u0645\s+\u0627\u0644\u0648\u0638\u064a\u0641\u0629|\u0627\u0644\u0648\u0635\u0641\s+\u0627\u0644\u0648\u0638\u064a\u0641\u064a|\u0648\u0635\u0641\s+\u0627\u0644\u0648\u0638\u064a\u0641\u0629|\u0639\u0646\s+\u0627\u0644\u0648\u0638\u064a\u0641\u0629|\u0639\u0646\s+\u0627\u0644\u062f\u0648\u0631)(?![\p{L}\p{M}])/u],
  ['requirements', /^(?:\u0627\u0644\u0645\u062a\u0637\u0644\u0628\u0627\u062a|\u0627\u0644\u0645\u0624\u0647\u0644\u0627\u062a(?!\s+\u0627\u0644\u0645\u0641\u0636\u0644\u0629)(?:\s+\u0627\u0644\u0645\u0637\u0644\u0648\u0628\u0629)?|\u0645\u062a\u0637\u0644\u0628\u0627\u062a\s+\u0627\u0644\u0648\u0638\u064a\u0641\u0629|\u0627\u0644\u0634\u0631\u0648\u0637(?:\s+\u0627\u0644\u0645\u0637\u0644\u0648\u0628\u0629)?|(?:\u0627\u0644\u062e\u0628\u0631\u0627\u062a|\u0627\u0644\u0645\u0647\u0627\u0631\u0627\u062a)\s+\u0627\u0644\u0645\u0637\u0644\u0648\u0628\u0629|(?:\u0645\u0627|\u0645\u0646)\s+\u0646\u0628\u062d\u062b\s+\u0639\u0646\u0647)(?![\p{L}\p{M}])/u],
  ['preferred', /^(?:\u064a\u0641\u0636\u0644|\u064a\u064f\u0641\u0636\u0651\u064e?\u0644|\u0627\u0644\u0645\u0624\u0647\u0644\u0627\u062a\s+\u0627\u0644\u0645\u0641\u0636\u0644\u0629|\u0645\u064a\u0632\u0629\s+\u0625\u0636\u0627\u0641\u064a\u0629|(?:\u064a\u0639\u062f|\u064a\u0639\u062a\u0628\u0631)\s+\u0645\u064a\u0632\u0629)(?![\p{L}\p{M}])/u],
  ['benefits', /^(?:\u0627\u0644\u0645\u0632\u0627\u064a\u0627|\u0627\u0644\u0645\u0645\u064a\u0632\u0627\u062a|\u0627\u0644\u0627\u0645\u062a\u064a\u0627\u0632\u0627\u062a|(?:\u0645\u0627\s+)?\u0646\u0642\u062f\u0645(?:\u0647)?(?:\s+\u0644\u0643)?|\u0627\u0644\u0631\u0627\u062a\u0628\s+\u0648\u0627\u0644\u0645\u0632\u0627\u064a\u0627)(?![\p{L}\p{M}])/u],
  ['other', /^(?:\u0644\u0644\u062a\u0642\u062f\u064a\u0645|(?:\u0637\u0631\u064a\u0642\u0629|\u0643\u064a\u0641\u064a\u0629)\s+\u0627\u0644\u062a\u0642\u062f\u064a\u0645|\u0627\u0644\u062a\u0642\u062f\u064a\u0645|\u0642\u062f\u0645\s+\u0627\u0644\u0622\u0646)(?![\p{L}\p{M}])/u],
  // (s62b tune) Hebrew, as Israeli boards head their parts: "\u05e7\u05e6\u05ea \u05e2\u05dc\u05d9\u05e0\u05d5", "\u05de\u05d4 \u05ea\u05e2\u05e9\u05d5 \u05d1\u05ea\u05e4\u05e7\u05d9\u05d3", "\u05d3\u05e8\u05d9\u05e9\u05d5\u05ea \u05d4\u05ea\u05e4\u05e7\u05d9\u05d3", "\u05d9\u05ea\u05e8\u05d5\u05df", "\u05de\u05d4 \u05de\u05d7\u05db\u05d4 \u05dc\u05da",
  // "\u05d4\u05d2\u05e9\u05ea \u05de\u05d5\u05e2\u05de\u05d3\u05d5\u05ea".
  ['about', /^(?:\u05e7\u05e6\u05ea\s+\u05e2\u05dc\u05d9\u05e0\u05d5|\u05e2\u05dc\u05d9\u05e0\u05d5|\u05e2\u05dc\s+\u05d4\u05d7\u05d1\u05e8\u05d4|\u05de\u05d9\s+\u05d0\u05e0\u05d7\u05e0\u05d5|\u05d0\u05d5\u05d3\u05d5\u05ea(?:\s+\u05d4\u05d7\u05d1\u05e8\u05d4)?)(?![\p{L}\p{M}])/u],
  ['responsibilities', /^(?:\u05de\u05d4\s+(?:\u05ea\u05e2\u05e9\u05d5|\u05ea\u05e2\u05e9\u05d4|\u05ea\u05e2\u05e9\u05d9)(?:\s+\u05d1\u05ea\u05e4\u05e7\u05d9\u05d3)?|\u05ea\u05d9\u05d0\u05d5\u05e8\s+(?:\u05d4\u05ea\u05e4\u05e7\u05d9\u05d3|\u05d4\u05de\u05e9\u05e8\u05d4)|\u05ea\u05d7\u05d5\u05de\u05d9\s+\u05d0\u05d7\u05e8\u05d9\u05d5\u05ea|\u05d4\u05ea\u05e4\u05e7\u05d9\u05d3\s+\u05db\u05d5\u05dc\u05dc)(?![\p{L}\p{M}])/u],
  ['requirements', /^(?:\u05d3\u05e8\u05d9\u05e9\u05d5\u05ea(?:\s+(?:\u05d4\u05ea\u05e4\u05e7\u05d9\u05d3|\u05d4\u05de\u05e9\u05e8\u05d4|\u05d7\u05d5\u05d1\u05d4))?|(?:\u05d0\u05ea\s+)?\u05de\u05d9\s+\u05d0\u05e0\u05d7\u05e0\u05d5\s+\u05de\u05d7\u05e4\u05e9\u05d9\u05dd|\u05de\u05d4\s+\u05d0\u05e0\u05d7\u05e0\u05d5\s+\u05de\u05d7\u05e4\u05e9\u05d9\u05dd|\u05db\u05d9\u05e9\u05d5\u05e8\u05d9\u05dd\s+\u05e0\u05d3\u05e8\u05e9\u05d9\u05dd)(?![\p{L}\p{M}])/u],
  ['preferred', /^(?:\u05d9\u05ea\u05e8\u05d5\u05df(?:\s+\u05de\u05e9\u05de\u05e2\u05d5\u05ea\u05d9)?|\u05d9\u05ea\u05e8\u05d5\u05e0\u05d5\u05ea|(?:\u05d9\u05d9\u05d7\u05e9\u05d1|\u05e0\u05d7\u05e9\u05d1|\u05d9\u05d4\u05d5\u05d5\u05d4)\s+(?:\u05dc)?\u05d9\u05ea\u05e8\u05d5\u05df)(?![\p{L}\p{M}])/u],
  ['benefits', /^(?:\u05de\u05d4\s+\u05de\u05d7\u05db\u05d4\s+(?:\u05dc\u05da|\u05dc\u05db\u05dd)|\u05de\u05d4\s+(?:\u05d0\u05e0\u05d7\u05e0\u05d5|\u05d0\u05e0\u05d5)\s+\u05de\u05e6\u05d9\u05e2\u05d9\u05dd|\u05d4\u05d8\u05d1\u05d5\u05ea|\u05ea\u05e0\u05d0\u05d9\u05dd(?:\s+\u05d5\u05d4\u05d8\u05d1\u05d5\u05ea)?)(?![\p{L}\p{M}])/u],
  ['other', /^(?:\u05d4\u05d2\u05e9\u05ea\s+\u05de\u05d5\u05e2\u05de\u05d3\u05d5\u05ea|\u05d0\u05d9\u05da\s+\u05de\u05d2\u05d9\u05e9\u05d9\u05dd(?:\s+\u05de\u05d5\u05e2\u05de\u05d3\u05d5\u05ea)?|(?:\u05dc)?\u05e9\u05dc\u05d9\u05d7\u05ea\s+\u05e7\u05d5\u05e8\u05d5\u05ea\s+\u05d7\u05d9\u05d9\u05dd)(?![\p{L}\p{M}])/u],
  // (s62b tune; s62 lead: "Üstünlüklər" and the pay's label, "\u018fm\u0259k haqq\u0131:") Azerbaijani: "\u015eirk\u0259t haqq\u0131nda", "V\u0259zif\u0259 öhd\u0259likl\u0259ri", "T\u0259l\u0259bl\u0259r", "Üstünlük", "Biz t\u0259klif edirik", "Müraci\u0259t qaydas\u0131".
  ['about', /^(?:(?:\u015firk\u0259t|\u015firk\u0259timiz|komandam\u0131z)\s+haqq\u0131nda|haqq\u0131m\u0131zda|biz\s+kimik)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:\u0259sas\s+)?v\u0259zif\u0259\s+öhd\u0259likl\u0259ri|(?:\u0259sas\s+)?v\u0259zif\u0259l\u0259r|öhd\u0259likl\u0259r|i\u015f(?:in)?\s+t\u0259sviri|n\u0259\s+ed\u0259c\u0259ksiniz|n\u0259\s+ed\u0259c\u0259ks\u0259n)(?![\p{L}])/iu],
  ['requirements', /^(?:(?:namiz\u0259d\u0259\s+|\u0259sas\s+)?t\u0259l\u0259bl\u0259r|namiz\u0259dd\u0259n\s+gözl\u0259ntil\u0259r|kimi\s+axtar\u0131r\u0131q)(?![\p{L}])/iu],
  ['preferred', /^(?:üstünlük(?:l\u0259r)?(?:\s+(?:t\u0259\u015fkil\s+edir|hesab\s+olunur|verilir))?|üstünlükdür|arzuolunan(?:d\u0131r)?)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:biz\s+)?(?:n\u0259\s+)?t\u0259klif\s+edirik|i\u015f\s+\u015f\u0259raiti|\u015f\u0259rtl\u0259r)(?![\p{L}])|^(?:\u0259m\u0259k\s+haqq\u0131|maa\u015f)\s*:?$/iu],
  ['other', /^(?:müraci\u0259t\s+qaydas\u0131|nec\u0259\s+müraci\u0259t\s+etm\u0259li|müraci\u0259t\s+üçün)(?![\p{L}])/iu],
  // (s62b tune) Basque: "Nor gara", "Zure egitekoak", "Eskakizunak", "Baloratuko da", "Eskaintzen duguna", "Nola eman izena".
  ['about', /^(?:nor(?:tzuk)?\s+gara|guri\s+buruz|enpresari\s+buruz)(?![\p{L}])/iu],
  ['responsibilities', /^(?:(?:zure\s+)?(?:egitekoak|zereginak|eginkizunak)|zer\s+egingo\s+duzu|lanpostuaren\s+deskribapena)(?![\p{L}])/iu],
  ['requirements', /^(?:eskakizunak|baldintzak|zer\s+eskatzen\s+dugu|eskatzen\s+duguna|behar\s+duguna)(?![\p{L}])/iu],
  ['preferred', /^(?:baloratuko\s+(?:da|dira|dugu|ditugu)|abantaila(?:\s+izango\s+da)?|kontuan\s+hartuko\s+da)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:zer\s+)?eskaintzen\s+(?:dugu|duguna|dizugu)|eskaintza)(?![\p{L}])/iu],
  ['other', /^(?:nola\s+(?:eman\s+izena|aurkeztu)|izena\s+emateko|hautagaitza\s+aurkezteko)(?![\p{L}])/iu],
  // (s62b tune) Thai, its words unspaced: "\u0e23\u0e39\u0e49\u0e08\u0e31\u0e01\u0e01\u0e31\u0e1a\u0e40\u0e23\u0e32", "\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48\u0e41\u0e25\u0e30\u0e04\u0e27\u0e32\u0e21\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a", "\u0e04\u0e38\u0e13\u0e2a\u0e21\u0e1a\u0e31\u0e15\u0e34\u0e1c\u0e39\u0e49\u0e2a\u0e21\u0e31\u0e04\u0e23", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e34\u0e01\u0e32\u0e23", "\u0e27\u0e34\u0e18\u0e35\u0e01\u0e32\u0e23\u0e2a\u0e21\u0e31\u0e04\u0e23".
  ['about', /^(?:\u0e23\u0e39\u0e49\u0e08\u0e31\u0e01(?:\u0e01\u0e31\u0e1a)?\u0e40\u0e23\u0e32|\u0e40\u0e01\u0e35\u0e48\u0e22\u0e27\u0e01\u0e31\u0e1a(?:\u0e40\u0e23\u0e32|\u0e1a\u0e23\u0e34\u0e29\u0e31\u0e17)|\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e1a\u0e23\u0e34\u0e29\u0e31\u0e17)(?![\p{L}\p{M}])/u],
  ['responsibilities', /^(?:\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48(?:\u0e41\u0e25\u0e30)?\u0e04\u0e27\u0e32\u0e21\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a|\u0e25\u0e31\u0e01\u0e29\u0e13\u0e30\u0e07\u0e32\u0e19|\u0e23\u0e32\u0e22\u0e25\u0e30\u0e40\u0e2d\u0e35\u0e22\u0e14\u0e07\u0e32\u0e19|\u0e2b\u0e19\u0e49\u0e32\u0e17\u0e35\u0e48)(?![\p{L}\p{M}])/u],
  ['requirements', /^(?:\u0e04\u0e38\u0e13\u0e2a\u0e21\u0e1a\u0e31\u0e15\u0e34(?:\u0e1c\u0e39\u0e49\u0e2a\u0e21\u0e31\u0e04\u0e23|\u0e17\u0e35\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e32\u0e23)?)(?![\p{L}\p{M}])/u],
  ['preferred', /^(?:(?:\u0e08\u0e30)?(?:\u0e44\u0e14\u0e49\u0e23\u0e31\u0e1a\u0e01\u0e32\u0e23)?\u0e1e\u0e34\u0e08\u0e32\u0e23\u0e13\u0e32\u0e40\u0e1b\u0e47\u0e19\u0e1e\u0e34\u0e40\u0e28\u0e29|\u0e02\u0e49\u0e2d\u0e44\u0e14\u0e49\u0e40\u0e1b\u0e23\u0e35\u0e22\u0e1a)(?![\p{L}\p{M}])/u],
  ['benefits', /^(?:\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e34\u0e01\u0e32\u0e23(?:\u0e41\u0e25\u0e30\u0e1c\u0e25\u0e1b\u0e23\u0e30\u0e42\u0e22\u0e0a\u0e19\u0e4c)?|\u0e1c\u0e25\u0e15\u0e2d\u0e1a\u0e41\u0e17\u0e19\u0e41\u0e25\u0e30\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e34\u0e01\u0e32\u0e23|\u0e2a\u0e34\u0e48\u0e07\u0e17\u0e35\u0e48\u0e04\u0e38\u0e13\u0e08\u0e30\u0e44\u0e14\u0e49\u0e23\u0e31\u0e1a)(?![\p{L}\p{M}])/u],
  ['other', /^(?:\u0e27\u0e34\u0e18\u0e35(?:\u0e01\u0e32\u0e23)?\u0e2a\u0e21\u0e31\u0e04\u0e23(?:\u0e07\u0e32\u0e19)?|\u0e0a\u0e48\u0e2d\u0e07\u0e17\u0e32\u0e07\u0e01\u0e32\u0e23\u0e2a\u0e21\u0e31\u0e04\u0e23|\u0e15\u0e34\u0e14\u0e15\u0e48\u0e2d\u0e2a\u0e21\u0e31\u0e04\u0e23\u0e07\u0e32\u0e19)(?![\p{L}\p{M}])/u],
  // (s62b tune) Bulgarian in Cyrillic, more of its words: "\u0417\u0430 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u044f\u0442\u0430", "\u041a\u0430\u043a \u0434\u0430 \u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0441\u0442\u0432\u0430\u0448"; Macedonian: "\u0428\u0442\u043e \u045c\u0435 \u0440\u0430\u0431\u043e\u0442\u0438\u0448",
  // "\u0428\u0442\u043e \u0431\u0430\u0440\u0430\u043c\u0435", "\u041f\u0440\u0435\u0434\u043d\u043e\u0441\u0442 \u045c\u0435 \u0438\u043c\u0430\u0430\u0442 \u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0438 \u0441\u043e", "\u0428\u0442\u043e \u043d\u0443\u0434\u0438\u043c\u0435", "\u041a\u0430\u043a\u043e \u0434\u0430 \u0430\u043f\u043b\u0438\u0446\u0438\u0440\u0430\u0448".
  ['about', /^(?:\u0437\u0430\s+(?:\u043a\u043e\u043c\u043f\u0430\u043d\u0438\u044f\u0442\u0430|\u0444\u0438\u0440\u043c\u0430\u0442\u0430|\u0435\u043a\u0438\u043f\u0430|\u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0458\u0430\u0442\u0430|\u0444\u0438\u0440\u043c\u0430\u0442\u0430))(?![\p{L}])/iu],
  ['other', /^(?:\u043a\u0430\u043a\s+\u0434\u0430\s+\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0441\u0442\u0432\u0430\u0448|\u043a\u0430\u043a\s+\u0434\u0430\s+\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0441\u0442\u0432\u0430\u0442\u0435|\u043a\u0430\u043a\u043e\s+\u0434\u0430\s+(?:\u0430\u043f\u043b\u0438\u0446\u0438\u0440\u0430\u0448|\u0430\u043f\u043b\u0438\u0446\u0438\u0440\u0430\u0442\u0435|\u0441\u0435\s+\u043f\u0440\u0438\u0458\u0430\u0432\u0438\u0448|\u0441\u0435\s+\u043f\u0440\u0438\u0458\u0430\u0432\u0438\u0442\u0435))(?![\p{L}])/iu],
  ['responsibilities', /^(?:\u0448\u0442\u043e\s+\u045c\u0435\s+(?:\u0440\u0430\u0431\u043e\u0442\u0438\u0448|\u0440\u0430\u0431\u043e\u0442\u0438\u0442\u0435)|(?:\u0442\u0432\u043e\u0438(?:\u0442\u0435)?\s+|\u0432\u0430\u0448\u0438(?:\u0442\u0435)?\s+)?\u043e\u0431\u0432\u0440\u0441\u043a\u0438|\u0440\u0430\u0431\u043e\u0442\u043d\u0438\s+\u0437\u0430\u0434\u0430\u0447\u0438|\u043e\u043f\u0438\u0441\s+\u043d\u0430\s+(?:\u0440\u0430\u0431\u043e\u0442\u0430\u0442\u0430|\u0440\u0430\u0431\u043e\u0442\u043d\u043e\u0442\u043e\s+\u043c\u0435\u0441\u0442\u043e))(?![\p{L}])/iu],
  ['requirements', /^(?:\u0448\u0442\u043e\s+\u0431\u0430\u0440\u0430\u043c\u0435(?:\s+\u043e\u0434\s+(?:\u0442\u0435\u0431\u0435|\u0432\u0430\u0441))?|\u0431\u0430\u0440\u0430\u045a\u0430(?:\s+\u0437\u0430\s+(?:\u043f\u043e\u0437\u0438\u0446\u0438\u0458\u0430\u0442\u0430|\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u043e\u0442))?|\u043f\u043e\u0442\u0440\u0435\u0431\u043d\u0438\s+\u0432\u0435\u0448\u0442\u0438\u043d\u0438)(?![\p{L}])/iu],
  ['preferred', /^(?:\u043f\u0440\u0435\u0434\u043d\u043e\u0441\u0442(?:\s+(?:\u045c\u0435\s+\u0438\u043c\u0430\u0430\u0442|\u0438\u043c\u0430\u0430\u0442)(?:\s+\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0438(?:\u0442\u0435)?(?:\s+(?:\u0441\u043e|\u043a\u043e\u0438))?)?|\s+\u0435|\s+\u045c\u0435\s+\u0431\u0438\u0434\u0435)?|\u045c\u0435\s+\u0431\u0438\u0434\u0435\s+\u043f\u0440\u0435\u0434\u043d\u043e\u0441\u0442|\u043f\u043e\u0436\u0435\u043b\u043d\u043e)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:\u0448\u0442\u043e\s+)?(?:\u0442\u0438\s+|\u0432\u0438\s+)?\u043d\u0443\u0434\u0438\u043c\u0435|\u0431\u0435\u043d\u0435\u0444\u0438\u0446\u0438\u0438|\u043f\u0440\u0438\u0434\u043e\u0431\u0438\u0432\u043a\u0438)(?![\p{L}])/iu],
  // (s62b tune) Tagalog, the perks as what awaits the reader: "Ano ang naghihintay sa iyo".
  ['benefits', /^(?:ano\s+ang\s+naghihintay(?:\s+sa\s+(?:iyo|inyo))?)(?![\p{L}])/iu],
  // (s50) "Description de l'entreprise", "Présentation de la société" (a board's own label of the company part).
  // (s51b) "Über Kieselhof", "À propos de Vérel", "Sobre Itsas", "Over Veenstra": the company by its name, as "About Acme"
  // reads (a capital after the word; not "Über Sie", "Über dich", the reader).
  ['about', /^(?:(?:[\u00dc\u00fc]ber|[\u00c0\u00e0Aa] propos d(?:e |['\u2019])|[Ss]obre|[Aa]cerca de|[Oo]ver|[Oo]m) ?(?!(?:Sie|Dich|Dir|Ihn|Euch|Vous|Toi|Ti|Usted|Jou|Je|Jij|Dig|Deg|Mig|Rollen|Jobbet|Jobben|Tj\u00e4nsten|Stillingen|Die|Der|Das|Den|La|Le|Les|El|Het|De)\b)\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*)?$)/u],
  ['about', /^(?:über uns|wer wir sind|(?:à|a) propos(?: de nous| de l['’]entreprise)?|qui sommes-nous|l['’]entreprise|notre (?:équipe|mission|entreprise)|(?:description|présentation) de (?:l['’]entreprise|la société|notre société))(?![\p{L}])/iu],
  // (s62 careful tune) Azerbaijani, as boss.az and company pages head their parts: "V\u0259zif\u0259l\u0259r" (duties), "T\u0259l\u0259bl\u0259r" (asks,
  // "Namiz\u0259d\u0259 t\u0259l\u0259bl\u0259r"), "\u00dcst\u00fcnl\u00fck" (a plus, "\u00dcst\u00fcnl\u00fck veril\u0259c\u0259k"), "T\u0259klif edirik" (what is offered), "\u015eirk\u0259t haqq\u0131nda"
  // (the company). (\u0130 is read as i before these are tried.)
  ['responsibilities', /^(?:(?:\u0259sas\s+)?v\u0259zif\u0259l\u0259r(?:iniz)?|v\u0259zif\u0259\s+\u00f6hd\u0259likl\u0259ri|\u00f6hd\u0259likl\u0259r|i\u015f\s+(?:t\u0259sviri|bar\u0259d\u0259))(?![\p{L}])/iu],
  ['requirements', /^(?:(?:\u0259sas\s+|namiz\u0259d\u0259\s+|namiz\u0259d\u0259\s+olan\s+)?t\u0259l\u0259bl\u0259r|namiz\u0259dd\u0259n\s+(?:t\u0259l\u0259b\s+olunur|g\u00f6zl\u0259nil\u0259nl\u0259r))(?![\p{L}])/iu],
  ['preferred', /^(?:\u00fcst\u00fcnl\u00fck(?:l\u0259r)?(?:\s+(?:veril\u0259c\u0259k|verilir|t\u0259\u015fkil\s+edir|hesab\s+olunur))?|arzuolunand\u0131r|arzuolunan)(?![\p{L}])/iu],
  ['benefits', /^(?:(?:biz\s+)?t\u0259klif\s+edirik|i\u015f\s+\u015f\u0259raiti)(?![\p{L}])/iu],
  ['about', /^(?:\u015firk\u0259t\s+haqq\u0131nda|haqq\u0131m\u0131zda|biz\s+kimik)(?![\p{L}])/iu],
];

/**
 * "You don't need", "What we don't expect", "Not required": a list of what the candidate need not bring asks none of it
 * (its lines name skills and degrees only to waive them). It comes first: "required" alone would head asks. (s50) So does
 * "What you won't be doing", "What this role isn't": what the job leaves out.
 */
const NOT_ASKED_HEADING =
  /^(?:please\s+)?(?:don(?:'|\u2019)t|do\s+not)\s+worry\s+(?:if\s+you\s+(?:haven(?:'|\u2019)t|have\s+not|don(?:'|\u2019)t|do\s+not|can(?:'|\u2019)t|lack)|about)\b[^.!?]{0,40}$|^(?:(?:what|things)\s+)?you\s+(?:don(?:'|\u2019)t|do not|won(?:'|\u2019)t)\s+(?:need|have to (?:have|know|be))(?:\s+to\s+(?:have|know|bring|be))?$|^(?:what\s+)?we\s+(?:don(?:'|\u2019)t|do not)\s+(?:need|require|expect)(?:\s+(?:from|of)\s+you)?$|^not\s+(?:required|needed|necessary)$|^(?:what|things)\s+you\s+(?:won(?:'|\u2019)t|will\s+not|don(?:'|\u2019)t|do\s+not)\s+(?:be\s+)?(?:do(?:ing)?|work(?:ing)?\s+on|spend(?:ing)?\s+(?:your\s+)?time\s+on)$|^what\s+(?:this|the)\s+(?:role|job)\s+(?:is\s+not|isn(?:'|\u2019)t)$|^(?:(?:what|things|stuff)\s+)?we\s+(?:don(?:'|\u2019)t|do not|really don(?:'|\u2019)t)\s+care\s+(?:much\s+)?about$/i;

/**
 * "This role might not be for you if", "You won't enjoy this job if", "Not a fit if": a list of who should not apply. Its
 * lines name what the candidate would dislike, not asks (lib/requirements/items.ts reads only a condition said in the
 * negative under it); it is a part of no kind.
 */
const NOT_FIT_HEADING =
  /^who (?:doesn(?:'|\u2019)t|does not|won(?:'|\u2019)t|will not|wouldn(?:'|\u2019)t|shouldn(?:'|\u2019)t)(?: (?:thrive|fit|do well|succeed|apply|enjoy it))?(?: here| with us)?$|^(?:(?:this|the|our)\s+(?:role|job|position|team|place)\s+|(?:it|this|we)\s+)?(?:(?:might|may|will|would|probably|likely)\s+)*(?:not|n(?:'|\u2019)t|isn(?:'|\u2019)t|is\s+not)\s+(?:be\s+)?(?:(?:the\s+)?(?:right\s+)?(?:role|job|place)\s+)?(?:for\s+you|(?:a|the)\s+(?:good\s+|great\s+|right\s+)?(?:fit|match)(?:\s+for\s+you)?)(?:\s+if(?:\s+you)?)?$|^you\s+(?:(?:might|may|will|would|probably)\s+)*(?:not|won(?:'|\u2019)t|wouldn(?:'|\u2019)t)\s+(?:enjoy|like|love|be happy|thrive|fit in)(?:\s+(?:it|here|this|working|with us|this (?:role|job)))?(?:\s+(?:here|with us))?(?:\s+if(?:\s+you)?)?$|^(?:who|this is)\s+(?:this\s+(?:role\s+)?is\s+)?not\s+for$|^(?:please\s+)?(?:don(?:'|\u2019)t|do not)\s+apply\s+if(?:\s+you)?$|^(?:who\s+)?you(?:(?:'|\u2019)re|\s+are)\s+not$|^you\s+(?:(?:might|may|will|would|probably)\s+)*(?:not\s+be|won(?:'|\u2019)t\s+be|wouldn(?:'|\u2019)t\s+be|(?:(?:'|\u2019)re|are)\s+not|aren(?:'|\u2019)t)\s+(?:a|the)\s+(?:good\s+|great\s+|right\s+|strong\s+)?(?:fit|match)(?:\s+(?:here|for us|for (?:this|the) (?:role|job)))?(?:\s+if(?:\s+you)?)?$/i;

/** Whether a part's heading says who should not apply ("This role might not be for you if"): items.ts reads its lines so. */
export const notFitHeading = (heading: string): boolean => NOT_FIT_HEADING.test(headingWords(heading));

/**
 * A heading's words as the patterns read them: no colon, no brackets around it ("【Job Description】", "[ Perks ]"), no
 * emoji or marks before it ("🛠 What you'll do"), and a question said as a statement ("What will you do?" as "what you
 * will do", "Who are we?" as "who we are", "What do we need from you?" as "what we need from you"): headings are asked
 * as questions as often as they are stated, and the patterns hold the stated form.
 */
function headingWords(text: string): string {
  let h = text.replace(/[\s*]*:[\s*]*$/, '').trim();
  const framed = /^[\[\u3010(\u3014<]\s*(.+?)\s*[\]\u3011)\u3015>]$/u.exec(h);
  if (framed) h = framed[1]!;
  h = h.replace(/^[^\p{L}\p{N}]+(?=\p{L})/u, '').replace(/[\s*]*:[\s*]*$/, '');
  // (s45: "Q: What do I need?": a Q&A posting's question mark is no word of the heading.)
  h = h.replace(/^Q\s*[:.]\s+(?=\S)/, '');
  // (s44b: "THE JOB ---", "Package ===": a rule drawn after a heading is no word of it.)
  h = h.replace(/\s+[-\u2013\u2014=_~]{2,}\s*$/, '');
  // (s44: "Requirements (M = mandatory, D = desirable)": a legend of the marks below, in brackets, is no word of the heading.)
  h = h.replace(/\s*\([^()]*\b\w{1,3}\s*=\s*\w[^()]*\)\s*$/, '');
  if (/\?\s*$/.test(h)) {
    // "What will you do" / "Who are we" / "What do we need from you" / "Who are you": the subject before the verb.
    h = h.replace(/\s*\?\s*$/, '').replace(/^(what|who|why|how|where)\s+(?:(do|does|did)\s+)?(will|are|is|would|should|can|could|might|may)?\s*(you|we)\b/i, (m, w: string, _do: string | undefined, aux: string | undefined, who: string) => (aux ? `${w} ${who} ${aux}` : _do ? `${w} ${who}` : m));
  }
  return h;
}

/** Whether a part's heading waives what it lists ("You don't need:"): its skills and degrees are not asked (analyze, facts). */
export const waivedHeading = (heading: string): boolean => NOT_ASKED_HEADING.test(heading.replace(/[\s*]*:[\s*]*$/, '').replace(/^[#\s*]+/, ''));

/** How to apply comes first: "How to apply (required)" tells how to apply, it asks no skill. */
// (s54 tune: and a board's "Application Instructions", "Instructions to Applicants": how to apply, not the asks above.)
const APPLY_HEADING = /^(?:how to apply|to apply|apply (?:here|now)|application instructions|applicant instructions|instructions (?:for|to) (?:applicants|apply(?:ing)?))\b/i;
/** (s43) How the candidate will be judged, and the application alone: "How you will be evaluated", "Application". */
const JUDGED_HEADING = /^(?:how (?:you(?:(?:'|\u2019)ll| will) be|applicants (?:will be|are)|candidates (?:will be|are)) (?:evaluated|assessed|rated|scored|selected|judged|chosen|picked)|how we (?:evaluate|assess|select|hire|rate|pick|choose|decide|interview)(?: (?:you|candidates|applicants))?|(?:the |your )?applications?|applying)$/i;

/**
 * (s51) The employer's equal-chance statement under a heading of its own ("EEO Statement", "Equal Opportunity Employer",
 * "Equal Employment Opportunity"): a part of no kind, as the statement is without a heading; no perk.
 */
const EEO_HEADING = /^(?:eeo|eoe|equal (?:employment )?opportunit(?:y|ies))(?:\s*(?:\/|and|&)\s*(?:affirmative action|aa))?(?: (?:statement|employer|policy|notice|commitment))?$/i;

/**
 * (s59 tune) Words that open a heading in the languages read since s59 and written in plain ASCII (Greek transliterated,
 * Hungarian, Slovak, Croatian, Slovenian, Lithuanian and Estonian without their accents, Indonesian, Catalan, Finnish and
 * Spanish ones the list above lacks): FOREIGN_HEADINGS
 * is tried for them too.
 */
const FOREIGN_WORDS_S59 =
  /\b(?:feladatok|feladataid|feladatai|ponukame|poziadavky|zahtjevi|zahtevi|uvjeti|uslovi|nudimo|kvalifikacije|prednost|opis|nama|benefiti|pogodnosti|kelebihan|manfaat|kelayakan|zahteve|delovne|ponujamo|reikalavimai|privalumas|privalumai|pareigos|apie|ootused|poi?oi|eimaste|imaste|sx?etika|schetika|shetika|etair[ei]ia|ti|armodiotites|kathikonta|yp[ef][ufy]?th[yi]notites|e[fy]thynes|perigrafi|rolos|apaitiseis|apaitoumena|prosonta|epithymit[ao]|tha|epipleon|einai|apotelei|prosferoume|parexoume|paroxes|ofeli|aitisi|aitiseis|pos|amit|mit|kit|akit|feladat\w*|elvarasok|kovetelmenyek|mzda|plat|meist|kes|mida|ootame|sinult|otsime|pakume|omalt|plussiks|eeliseks|kasuks|tuleb|sinu|kandideerimine|kuidas|tentang|siapa|tanggung|deskripsi|uraian|tugas|kualifikasi|persyaratan|syarat|kriteria|kami|nilai|diutamakan|lebih|menjadi|fasilitas|keuntungan|tunjangan|cara|toivomme|sinulta|hakijalta|seria|sera|es|supone|suma|punto|puntos|ligo|liga|plusz|pont|firme|ve|yeu|cau|diem|cong|phuc|loi|quyen|sobre|nosaltres|qui|som|teves|funcions|requisits|valorarem|oferim|beneficis|acerca|nosotros|demanem|busquem|faras|teu|desitjable|responsabilitats|valorara|valoraran|sera)\b/i;

/**
 * (s60 tune) Words that open a heading in the languages read since s60 and written in plain ASCII (Latvian without its long
 * marks, Bulgarian in Latin letters, Icelandic's and Slovenian's ASCII words): FOREIGN_HEADINGS is tried for them too.
 */
const FOREIGN_WORDS_S60 =
  /\b(?:par|mums|uznemums|uznemumu|pienakumi|prasibas|piedavajam|prieksrocibu|prieksrociba|labumi|atalgojums|pieteikties|za|koi|kakvo|iziskvaniya|iziskvania|otgovornosti|zadalzheniya|zadulzheniya|tvoite|vashite|opisanie|predlagame|pridobivki|predimstvo|plyus|shte|ste|kogo|profil|kak|kandidatstvane|um|kostur|kostir|verkefni|verkefnin|helstu|starfssvid|kroefur|kaj|tvoje|ko|tko|smo|hva|hvem|hvad|bice|sta|sto|menntun|reynsla)\b/i;

/**
 * (s61 tune) Words that open a heading in the languages read since s61 and written in plain ASCII (Afrikaans, and Estonian's
 * ASCII words): FOREIGN_HEADINGS is tried for them too.
 */
const FOREIGN_WORDS_S61 =
  /\b(?:bonusom|dapatkan|peroleh|tasques|necessitem|demanem|voorkeur|tietoa|millega|meie|firmast|oor|pligte|verantwoordelikhede|posbeskrywing|werksbeskrywing|vereistes|kwalifikasies|voordelig|voordeel|aanbeveel|bied|aanbied|voordele|vergoeding|aansoek|aansoeke|hoe|jy|jou)\b/i;

/**
 * (s62 tune) Words that open a heading in the languages read since s62 and written in plain ASCII (Albanian without its
 * diaeresis, Tagalog, and the Serbian and Croatian words of applying; s62b: Basque): FOREIGN_HEADINGS is tried for them too.
 */
const FOREIGN_WORDS_S62 =
  /\b(?:zer|nor|nortzuk|guri|buruz|enpresari|egitekoak|zereginak|eginkizunak|eskakizunak|baldintzak|eskatzen|behar|baloratuko|abantaila|kontuan|eskaintzen|eskaintza|nola|izena|hautagaitza|lanpostuaren|naghihintay|rreth|kush|detyrat|pergjegjesite|kerkesat|kualifikimet|kerkojme|perben|avantazh|perparesi|ofrojme|perfitimet|aplikoni|aplikosh|aplikimi|tungkol|sino|ano|mga|kwalipikasyon|kuwalipikasyon|kailangan|benepisyo|bentahe|mas|paano|alok|iyong|kako|prijave|prijava|nacin)\b/i;

export function classifyHeading(text: string): SectionKind | null {
  const stated = headingWords(text);
  if (APPLY_HEADING.test(stated) || JUDGED_HEADING.test(stated) || NOT_ASKED_HEADING.test(stated) || NOT_FIT_HEADING.test(stated) || EEO_HEADING.test(stated)) return 'other';
  // (Stated, then as written: "Why Acme?" is a question the patterns hold as one.)
  const heading = text.replace(/[\s*]*:[\s*]*$/, '');
  for (const h of stated === heading ? [heading] : [stated, heading])
    for (const [kind, re] of HEADINGS) if (Array.isArray(re) ? re.some((r: RegExp) => r.test(h)) : (re as RegExp).test(h)) return kind;
  // (Tried only for a heading none of the English ones matched.)
  if (/[^\x00-\x7f]|\b(?:anforderungen|aufgaben|profil|qualifikationen|voraussetzungen|bieten|gehalt|exigences|atouts?|plus|les|un|missions?|attentes|entreprise|salaire|avantages|idealerweise|pluspunkte?|vorteil|nous|vous|tu|wir|dein|ihr|unser|wunschprofil|wer|du|dich|sie|das|was|wat|wie|jouw|je|jij|wij|ons|over|pluspunten|functie\w*|vereisten|arbeidsvoorwaarden|funciones|requisitos|sobre|acerca|propos|descripcion|descricao|empresa|valorable|ofrecemos|diferenciais|diferencial|oferecemos|quem|atividades|atribuicoes|esperamos|beneficios|beneficios|responsabilidades|buscamos|procuramos|deseable|perfil|vi|dine|din|hvem|hvad|hva|opgaver|oppgaver|arbejdsopgaver|arbeidsoppgaver|krav|om|det|kvalifikationer|kvalifikasjoner|tilbyder|tilbyr|forventer|fordel|meritterende|meriterende|kompetanse|kompetencer|krav|kravprofil|meriterande|\w+krav|personlig\w*|dette|deg|dig|pluspunt|ben|bist|herken|arbetsuppgifter|oss|rollen|tarjoamme|odotamme|vaatimukset|etsimme|plussaa|eduksi|arvostamme|sinulla|meista|osaamisesi|roolisi|edut|nas|benefity|oferujemy|oczekujemy|wymagania|wymagamy|zadania|atutem|mile|nabizime|pozadujeme|vyhodou|requisiti|cosa|chi|offriamo|costituiscono|costituisce|costituir\w*|sar\w*|profilo|competenze|conoscenze|mansioni|responsabilit\w*|attivit\w*|titol[oi]|preferenziali|gradit\w|ruolo|azienda|benefit|vantaggi|retribuzione|cerchiamo|occuperai|descrizione|perch\w*|tuo|tue|noi|warum|waarom|hvorfor|varf\w*|pourquoi|kdo|jsme|co|popis|despre|cine|cerinte|ce|beneficii|oferim|responsabilitati|atributii|constituie|reprezinta|este|cum|aplica|hakkimizda|kimiz|nitelikler|tercih|arti|gorev\w*|sorumluluklar|tjansten|uppdrag\w*|sunduklarimiz|aranan|senden|sizden|beklentilerimiz|neler|yan|biz|sirket|tanimi|profilul|calificari|neco|tercihen|pasii|principais|nossos|como|godt|rart|leder)\b/i.test(heading) || FOREIGN_WORDS_S59.test(heading) || FOREIGN_WORDS_S60.test(heading) || FOREIGN_WORDS_S61.test(heading) || FOREIGN_WORDS_S62.test(heading))
    // (Stated, then as written: "¿Qué buscamos?" opens with a Spanish question mark the stated words drop.)
    // (s58: Turkish "İ" read as "i", as a case-blind match does not fold it: "ARANAN NİTELİKLER".)
    for (const h of stated === heading ? [heading] : [stated, heading]) for (const [kind, re] of FOREIGN_HEADINGS) if (re.test(h.replace(/\u0130/g, 'i'))) return kind;
  // (s62 lead) Serbian is written in Cyrillic as well as in Latin letters ("\u041a\u043e\u0433\u0430 \u0442\u0440\u0430\u0436\u0438\u043c\u043e", "\u041f\u0440\u0435\u0434\u043d\u043e\u0441\u0442", "\u041d\u0443\u0434\u0438\u043c\u043e"): a Cyrillic heading
  // is read again in its Latin spelling, letter for letter (Russian's own letters have none, and stay as they are).
  if (/[\u0400-\u04ff]/.test(stated)) {
    const latin = serbianLatin(stated);
    if (latin !== stated) for (const [kind, re] of [...HEADINGS, ...FOREIGN_HEADINGS] as Array<[SectionKind, RegExp | RegExp[]]>) if (Array.isArray(re) ? re.some((r) => r.test(latin)) : re.test(latin)) return kind;
  }
  // (s55) A heading in the conditional, "Would help", "Could be handy", "It might also help": what would help is wished, not
  // asked, whatever thing it names; and the Spanish verb of weighing in any of its forms, "Valoramos", "Se valora".
  if (WISH_MOOD_HEADING.test(stated)) return 'preferred';
  return null;
}

/** (s62 lead) Serbian Cyrillic in its Latin spelling, letter for letter; a word with a letter Serbian lacks is left as written. */
const SERBIAN_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  [...'\u0430\u0431\u0432\u0433\u0434\u0452\u0435\u0436\u0437\u0438\u0458\u043a\u043b\u0459\u043c\u043d\u045a\u043e\u043f\u0440\u0441\u0442\u045b\u0443\u0444\u0445\u0446\u0447\u045f\u0448'].map((c, k) =>
    [c, ['a', 'b', 'v', 'g', 'd', '\u0111', 'e', '\u017e', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'o', 'p', 'r', 's', 't', '\u0107', 'u', 'f', 'h', 'c', '\u010d', 'd\u017e', '\u0161'][k]!]),
);
function serbianLatin(text: string): string {
  return text.replace(/\p{Script=Cyrillic}+/gu, (word) => {
    const low = word.toLowerCase();
    if ([...low].some((c) => SERBIAN_LATIN[c] === undefined)) return word;
    return [...low].map((c) => SERBIAN_LATIN[c]).join('');
  });
}

/** (s55) A heading said in the conditional, or a Spanish "we will weigh": the wishes' heading (classifyHeading). */
const WISH_MOOD_HEADING =
  /^(?:(?:it|this|that|these|those|they|what)\s+)?(?:would|could|might)\s+(?:also\s+|really\s+)?(?:help|be\s+(?:nice|great|good|lovely|handy|useful|helpful|welcome|a\s+(?:plus|bonus|help))|count|impress|stand\s+out|matter|make\s+you\s+stand\s+out)(?:\s+(?:if\s+you(?:\s+(?:have|had|know|bring))?|too|as\s+well|to\s+(?:have|know|bring|see)))?$|^(?:se\s+)?valor(?:amos|ar\u00e1n?|a|aremos|ar\u00edamos|izamos|izaremos|ariamos)(?:\s+(?:tambi\u00e9n|positivamente|especialmente|muy\s+positivamente))?$|^(?:(?:it|this|that|these|those|what)\s+)?(?:would|could|might)\s+(?:also\s+)?(?:round\s+(?:you|things|it)\s+out|set\s+you\s+apart|tip\s+the\s+(?:scales|balance)|give\s+you\s+(?:an?\s+)?(?:edge|head\s+start)|put\s+you\s+ahead)$|^(?:das|es|dies)\s+w(?:\u00e4|ae)re\s+(?:(?:auch|noch|sehr|richtig|echt)\s+)?[a-z\u00e0-\u00ff]+(?:,?\s+wenn\s+(?:du|sie))?$|^(?:nos|me)\s+(?:encantar|gustar|interesar)\u00eda(?:\s+que)?$|^(?:ser\u00eda|ser\u00e1)\s+(?:genial|ideal|perfecto|estupendo|bueno)(?:\s+que)?$|^(?:ce|\u00e7a|il)\s+serait\s+(?:top|g\u00e9nial|id\u00e9al|parfait|appr\u00e9ci\u00e9|bien)(?:\s+si\s+tu|\s+que)?$|^det\s+(?:vore|skulle\s+vara)\s+(?:bra|kul|fint|ett\s+plus)(?:\s+om\s+du)?$|^det\s+ville\s+v\u00e6re\s+(?:godt|fint|dejligt|flott|et\s+pluss?)(?:\s+(?:hvis|om)\s+du)?$|^het\s+zou\s+(?:mooi|fijn|leuk|top|handig)\s+zijn(?:\s+als\s+(?:je|jij))?$/i;

/** A job title ("Developer Experience Engineer", "Senior SRE (Remote)") names a role: it is no heading, whatever words it holds. */
const ROLE_TITLE = /\b(?:engineers?|developers?|managers?|designers?|scientists?|leads?|architects?|analysts?|interns?|sres?|specialists?|directors?|researchers?|administrators?|consultants?|recruiters?|executives?|officers?|advocates?|writers?|technicians?|programmers?|swes?|ctos?|ceos?)\b(?:\s*[(,|–—-].*)?$/i;
// (s61b tune: and "As a <title>, your days will include:", a heading that names the role it goes on to.)
const HEADING_START = /^(?:about|as|what|who|why|how|your|you|our|the|we|this|in|key|day|role|job|nice|bonus|must|minimum|preferred|requirements?|qualifications?|responsibilities|skills|experience)\b/i;
/**
 * "Experience with Azure", "Knowledge of PSD2", "Proficiency in Go": a line that asks for a thing it names is an ask,
 * never a heading, though it starts with a heading's word ("Experience" heads a list of asks). (With a colon and nothing
 * after it, "Experience with:", it still heads the list below.)
 */
// ("Experience building operators in Go", "Experience running Postgres at scale": what was done, a verb's -ing form.)
const ASKS_NAMED = /^(?:(?:hands-on|solid|strong|deep|good|working|some|prior|proven|practical)\s+)?(?:experience|knowledge|familiarity|proficiency|expertise|exposure|fluency|understanding|background)\s+(?:with|of|in|using|on|(?!(?:required|preferred|desired)\b)[a-z]{3,}ing)\s+(?!(?:us|our|you|your|we|the following|these|this|which|what)\b)\S/i;
// ("Retail or e-commerce experience", "Go or Rust skills": a choice of fields or names before the word is an ask too.)
const ASKS_CHOICE = /^(?!(?:education|skills|qualifications|training|experience)\b)[\w+#.-]+(?:\s+[\w+#.-]+)?\s+(?:or|and\/or)\s+[\w+#.-]+(?:\s+[\w+#.-]+)?\s+(?:experience|knowledge|background|expertise|skills)$/i;
/**
 * "US Work Authorization Required", "Security Clearance Required", "Fluent German Required", "Bachelor's degree
 * required (or equivalent)", "Master's preferred; bachelor's degree required": a status, a level or a degree said to be
 * needed or wished, on a line of its own, is an ask, not the heading of what follows it (often how to apply). (s58: with up
 * to five words between, its fields said: "Bachelor's in IT or cybersecurity preferred"; and a degree by its capitals,
 * "BSEE required; MSEE preferred".) (s60: and when it is needed, after the weight: "Security clearance required before you
 * start", "Work permit needed by the start date", "Secret clearance required prior to day one".)
 */
const ASKS_STATUS =
  /\b(?:auth(?:ori[sz](?:ation|ed))?|citizen(?:s|ship)?|nationality|green cards?|work permits?|right to work|sponsorship|visas?|clearance|fluen(?:t|cy)|bilingual|degree|diploma|bachelor(?:'|\u2019)?s|master(?:'|\u2019)?s|ph\.?\s?d|doctorate|BS(?:EE|CS|CE|ME|c)|MS(?:EE|CS|CE|ME|c)|BEng|MEng)\b(?:\s+[\w.()-]+){0,5}\s+(?:required|needed|mandatory|a must|only|preferred|desired|a plus)(?:\s+(?:before|by|prior to|upon|on|at|from)\s+(?:the\s+|your\s+|you\s+)?(?:start(?:ing)?|joining|hire|hiring|day one|first day|onboarding|offer)(?:\s+date)?)?(?:\s*\([^()]*\))?$/i;
/**
 * (s47) "HIPAA experience preferred", "Kafka knowledge a plus", "Startup experience required": a thing named, then the
 * word of knowing it and its weight, on a line of its own, is an ask; "Experience preferred", "Technical skills required",
 * "Relevant experience a plus" (words of any heading) still head a list.
 */
const ASKS_THING_WEIGHED =
  /^(?!(?:additional|other|technical|relevant|prior|previous|related|work|professional|desired|preferred|required|minimum|basic|general|key|core|soft|hard|nice|bonus|helpful|must|education|skills|qualifications|training|experience|knowledge|tools|your|our|the)\b)[\w+#./-]+(?:\s+[\w+#./-]+)?\s+(?:experience|knowledge|background|expertise|familiarity|exposure)\s+(?:is\s+|are\s+)?(?:strongly\s+)?(?:preferred|required|desired|desirable|a (?:big |huge )?(?:plus|bonus)|a must|nice to have|helpful|welcome)$/i;
/**
 * (s53) A thing named by its own name, then said to be required, on a short line of its own: "TS/SCI required", "CompTIA A+
 * required", "TS/SCI with CI polygraph is required", "Valid driver's license required". An ask, not the heading of what follows
 * it; the words of any heading ("Skills required", "Education required", "What's required") still head a list. A name has a
 * capital, a digit or a mark in it, which a heading's common words have not.
 */
const ASKS_NAME_REQUIRED =
  /^(?!(?:additional|other|technical|relevant|prior|previous|related|work|professional|minimum|basic|general|key|core|soft|hard|must|education|skills?|qualifications?|certifications?|licen[cs]es?|training|experience|knowledge|tools|documents?|documentation|information|items?|languages?|what|what(?:'|\u2019)s|your|our|the|all|also|not|no|if)\b)[\w+#./'\u2019()-]+(?:\s+[\w+#./'\u2019()-]+){0,5}\s+(?:is\s+|are\s+)?(?:required|mandatory|a must)\.?$/i;
const NAME_MARK = /[A-Z]{2}|\d|[+/]/;
const asksNamed = (l: string): boolean => ASKS_NAMED.test(l) || ASKS_CHOICE.test(l) || ASKS_STATUS.test(l) || ASKS_THING_WEIGHED.test(l) || (ASKS_NAME_REQUIRED.test(l.trim()) && NAME_MARK.test(l));

/**
 * "Must have            Nice to have": labels of what is asked and what is wished, set apart by a tab or a wide gap on
 * one line, head the columns of a table set in spaces (lib/requirements/items.ts reads its rows): the line is no heading
 * but the table's first line, and the part it starts asks (its first column's kind). Null for any other line.
 */
function columnsHead(line: string): SectionKind | null {
  const cells = line.trim().split(/\t+| {3,}/);
  if (cells.length < 2 || cells.length > 3) return null;
  const kinds = cells.map((c) => classifyHeading(c.replace(/[\s*]*:?[\s*]*$/, '')));
  return kinds.every((k) => k === 'requirements' || k === 'preferred') && kinds.includes('requirements') ? kinds[0]! : null;
}

/** "You", "You are:", "**You**": the reader alone as a line (splitSections reads it as the asks' heading over a list). */
const YOU_ALONE = /^[#\s*]*you(?:\s+are)?[*\s]*:?[*\s]*$/i;

/**
 * (s56) A wish said as a sentence on its own line: a subject (not "what", "this", "the following", "anything below"), a verb
 * and the wish's weight at the end: "Kotlin is a plus", "Having run Kafka would be a real advantage", "Prior fintech work
 * is highly desirable".
 */
const WISH_SENTENCE =
  /^(?!(?:what|which|this|these|that|those|it|the\s+following|following|anything|everything|all|below|the\s+below|any\s+of|none)\b)[^.!?:]{2,140}?\s+(?:is|are|would\s+be|will\s+be|(?:'|\u2019)s|could\s+be|counts?\s+as)\s+(?:also\s+)?(?:(?:a|an)\s+(?:(?:big|real|definite|strong|huge|nice|major|clear|extra)\s+)?(?:plus|bonus|asset|advantage)|(?:highly\s+|very\s+|much\s+)?(?:desirable|appreciated|welcome|valued|preferred|advantageous|beneficial))\s*[.!]?$/i;

/**
 * (s57 tune) A wish said as a sentence in the other languages postings are written in, its weight after the thing ("Conocer
 * Next.js ser\u00eda un punto a favor.", "Kennis van Go is een pr\u00e9.", "Erfarenhet av Kafka \u00e4r meriterande.", "Znajomo\u015b\u0107 Go b\u0119dzie
 * atutem.") or before it ("Se valorar\u00e1 experiencia con Docker.", "Mile widziana znajomo\u015b\u0107 Rusta.", "Eduksi katsotaan Go-osaaminen.",
 * "V\u00fdhodou je znalost Linuxu."), and the favour in English ("Having soldered your own boards would count in your favour.").
 */
const WISH_ABROAD =
  /^(?:[^.!?:]|[.!?:](?=\S)){2,140}?\s+(?:ser(?:\u00ed|i)a|ser(?:\u00e1|a)|es|son|ser(?:\u00ed|i)an|(?:\u00e8|e['\u2019])|sarebbe|sar(?:\u00e0|a)|sono|b\u0119dzie|by\u0142(?:oby|aby|by)|jest|is|zou\s+zijn|zijn|\u00e4r|vore|er|ville\s+v\u00e6re|vil\s+v\u00e6re|on|olisi|je|bude|by\s+byl[oa]?|(?:\u00e9|e)|seria|ist|w(?:\u00e4|ae)re|est|serait)\s+(?:(?:un|una|um|uma|ein|eine|en|et|ett|een|une)\s+)?(?:(?:gran|grande|buen|bom|real|dodatkowym|du\u017cym|stor|stort|groot|grote|gros|klarer?|großes?)\s+)?(?:punto\s+a\s+(?:favor|favore)|ponto\s+a\s+favor|plus|diferencial|atut(?:em)?|pr(?:\u00e9|e)|pluspunt|fordel|pluss|f\u00f6rdel|meriterande|merit(?:t)?erende|eduksi|etu|plussaa|v\u00fdhodou|v\u00fdhoda|vorteil|von\s+vorteil|pluspunkt|atout|bonus|valorad[oa]|valorizad[oa]|apprezzat[oa]|gradit[oa]|mile\s+widzian[aey]|\u00f8nskeligt?|\u00f6nskv\u00e4rt)\s*[.!]$|^(?:se\s+valorar(?:\u00e1|a)n?|valoramos|se\s+valorizar(?:\u00e1|a)|mile\s+widzian[aey]|dodatkowym\s+atutem\s+(?:b\u0119dzie|jest)|eduksi\s+(?:katsotaan|luetaan|on)|v\u00fdhodou\s+(?:je|bude|jsou)|meriterande\s+(?:\u00e4r|om)|(?:det\s+er\s+)?en\s+fordel\s+(?:om|hvis|at|med)|det\s+er\s+(?:et\s+)?pluss?\s+(?:om|hvis|med)|\u00f8nskeligt?\s+(?:er|at|hvis|om|med)|costituir(?:\u00e0|a|anno)\s+titolo\s+preferenziale|(?:\u00e8|e['\u2019])\s+gradit[oa]|von\s+vorteil\s+(?:ist|w(?:\u00e4|ae)re|sind)|als\s+pluspunt\s+geldt|een\s+pr(?:\u00e9|e)\s+is)\s+\S[\s\S]{3,140}[.!]$|\b(?:would|will|could|might)\s+(?:also\s+|certainly\s+)?(?:count|work|weigh|speak)\s+(?:(?:very\s+)?(?:much|strongly|heavily)\s+)?in\s+your\s+favou?r\s*[.!]$|\b(?:an?|one|another|extra)\s+(?:big\s+|real\s+)?points?\s+in\s+your\s+favou?r\s*[.!]$/iu;

/**
 * (s57 tune) A known heading left open on the reader, an adding word after it: "Det er en fordel, hvis du ogs\u00e5", "Det vore bra
 * om du ocks\u00e5", "Extra credit if you also": up to ten words, as one left open on "if" is.
 */
// (s58: or its verb after it, "Det er en fordel, hvis du har", "Det er et pluss om du kan".)
const LEFT_OPEN = /(?<![\p{L}])(?:du|dig|deg|you|jij|je|tu|vous|sie)(?:\s+(?:ogs\u00e5|ocks\u00e5|gerne|g\u00e4rna|also|too|auch|aussi|ook))?(?:\s+(?:har|kan|hast|have|has|heeft|hebt))?$/iu;

/**
 * (s58 tune) A list's line that opens on a wish and its condition, in English or the posting's language: "It's a plus if
 * you've ...", "It's a bonus if you have ...", "Será um bônus se você ...", "Este un avantaj dacă ...", "Sería un plus si ...".
 */
const WISH_IF_LINE =
  /^(?:(?:it(?:'|\u2019)?s|it\s+is|it(?:'|\u2019)d\s+be|it\s+would\s+be|would\s+be|also|extra)\s+)?(?:(?:a|an)\s+(?:big\s+|real\s+|definite\s+|nice\s+)?(?:plus|bonus|advantage|asset)|bonus(?:\s+points)?|extra\s+points|nice|great|even\s+better)\s+if\s+(?:you|they|the\s+(?:candidate|hire))\b|^(?:ser(?:\u00e1|a)|seria|\u00e9)\s+(?:um|uma)\s+(?:b(?:\u00f4|o)nus|plus|diferencial|vantagem|ponto\s+a\s+favor)\s+(?:se|caso)\s|^(?:ser(?:\u00ed|i)a|ser(?:\u00e1|a)|es)\s+un\s+(?:plus|punto\s+a\s+favor|valor\s+a\u00f1adido)\s+si\s|^(?:este|e|ar\s+fi|constituie|reprezint(?:\u0103|a))\s+un\s+(?:avantaj|plus)\s+(?:dac(?:\u0103|a)|s(?:\u0103|a))\s|^(?:c['\u2019]est|ce\s+serait)\s+un\s+(?:plus|atout)\s+si\s|^(?:sarebbe|(?:\u00e8|e['\u2019]))\s+un\s+plus\s+se\s|^(?:v\u00fdhodou|bonusem|plusem)\s+(?:pro\s+(?:v\u00e1s|tebe)\s+)?(?:je|bude|jsou|budou)\s/iu;
/** (s58 tune) A wish said as a list's line: a wish opening on its condition (WISH_IF_LINE), or its weight said after the thing. */
const wishLine = (l: string): boolean => {
  const t = l.replace(/^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*/, '').trim();
  // (Not a line that asks one thing and wishes another, "Excellent command of English; Dutch is a plus": its clauses are read apart.)
  if (t.includes(';')) return false;
  return WISH_IF_LINE.test(t) || WISH_SENTENCE.test(t) || WISH_ABROAD.test(/[.!]$/.test(t) ? t : `${t}.`);
};
/** (s58 tune) Whether line n and every list line after it, to the list's end, are wishes (wishLine). */
function wishesToListEnd(lines: readonly string[], n: number): boolean {
  for (let k = n; k < lines.length && lines[k]!.trim(); k++) if (!BULLET.test(lines[k]!) || !wishLine(lines[k]!)) return false;
  return true;
}
/**
 * (s58 tune) What a job gives, in the words of its perks' lists (English and the languages postings are written in): stock,
 * pension, leave, cover, meals, relocation, budgets, lessons, gear. (A perks' list's lines name one; an ask's seldom do.)
 */
const PERK_WORDS =
  /(?<![\p{L}])(?:stock\s+options?|equity|shares|pension|401\s?\(?k\)?|retirement|holidays?|vacation|paid\s+(?:leave|time\s+off)|parental\s+leave|days?\s+off|pto|time\s+off|insurance|health(?:care|\s+cover|\s+plan)?|medical|dental|vision|gym|wellness|well-?being|relocation|visa\s+support|stipend|allowance|budget|lunch(?:es)?|meals?|snacks|laptop|home[- ]office|flexi(?:ble|time)|four-day|childcare|cycle\s+to\s+work|bike|discounts?|lessons|courses|conferences?|bonus(?:es)?|salary|plano\s+de\s+sa(?:\u00fa|u)de|odontol(?:\u00f3|o)gico|vale-(?:refei(?:\u00e7|c)(?:\u00e3|a)o|alimenta(?:\u00e7|c)(?:\u00e3|a)o|transporte)|aux(?:\u00ed|i)lio|participa(?:\u00e7|c)(?:\u00e3|a)o\s+nos\s+lucros|plr|gympass|seguro|vacaciones|urlaub|friskv(?:\u00e5|a)rd\p{L}*|tj(?:\u00e4|a)nstepension|semester|forsikring|dovolen(?:\u00e1|\u00e9|a|e)|stravenky|multisport|sick\s+days|p(?:\u0159|r)(?:\u00ed|i)sp(?:\u011b|e)v\p{L}*|sa(?:\u011f|g)l(?:\u0131|i)k\s+sigortas(?:\u0131|i)|yemek\s+kart(?:\u0131|i)|abonament\s+medical|tichete\s+de\s+mas(?:\u0103|a))(?![\p{L}])/iu;
/** (s58 tune) A list most of whose lines name a perk (PERK_WORDS) and none of which asks (MOOD_ASK, ASK_WORDS): the perks. */
function perkList(text: string): boolean {
  const bare = text.split('\n').filter((l) => l.trim()).map((l) => l.replace(/^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*/, '').trim());
  if (bare.length < 2 || !text.split('\n').filter((l) => l.trim()).every((l) => BULLET.test(l))) return false;
  if (bare.some((l) => MOOD_ASK.test(l) || ASK_WORDS.test(l))) return false;
  return bare.filter((l) => PERK_WORDS.test(l) || MOOD_PERK.test(l)).length * 2 > bare.length;
}
/** (s58b tune) A list most of whose lines open on the reader's duty, "You will ..." / "You'll ...": the work, whatever it names. */
function dutiesToReader(text: string): boolean {
  const lines = text.split('\n').filter((l) => BULLET.test(l));
  return lines.length >= 2 && lines.filter((l) => /^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*you(?:(?:'|\u2019)ll|\s+will)\s/i.test(l)).length * 2 > lines.length;
}

/** A line reads as a heading: short, no sentence inside it, and a known heading or ending in a colon. */
function headingKind(line: string): SectionKind | 'unknown' | null {
  if (columnsHead(line)) return null;
  // "Databricks   Working   Nice to have": a row of a table set in spaces or tabs, its cells apart, is the table's text
  // (a cell that names a kind marks the row's wish), never a heading.
  if (line.trim().split(/\t+| {3,}/).length >= 2) return null;
  // "- What you bring -", "== Nice to have ==": a line framed by the same dashes on both sides is a heading set off, not a bullet.
  // (s40: "==Team==": an equals-sign frame needs no spaces inside it; a dash frame does, "-x-" being a word.)
  const framed = /^\s*([-–—=~]{1,3})\s+(\S[^]*?)\s+\1\s*$/.exec(line) ?? /^\s*(={2,3})([^=\s][^=]*?)\1\s*$/.exec(line);
  if (framed) line = framed[2]!;
  // (s45: "1. ABOUT US", "3. YOU": a number before a short line set in capitals numbers the posting's parts, no list line.)
  // ("YOU" alone in capitals is the heading over what is asked; "You:" in a paragraph's case stays a label of no kind, its
  // list read for asks as any such part's.)
  if (/^\s*(?:\d{1,2}[.)]\s+)?YOU\s*:?\s*$/.test(line)) return 'requirements';
  const numbered = /^\s*\d{1,2}[.)]\s+((?=[^a-z]*[A-Z]{2})[^a-z]{2,40})$/.exec(line);
  if (numbered && numbered[1]!.trim().split(/\s+/).length <= 6 && classifyHeading(numbered[1]!.trim())) line = numbered[1]!;
  // A bullet is never a heading: "• Experience with Go" is a requirement, not a title.
  // (s44: "(M) Azure DevOps", "(b) Knowledge of …": a short mark in brackets opens a list's line as a bullet does.)
  if (/^\s*(?:[•·▪◦・･+]|\*\s|-\s|\d+[.)]\s|\([A-Za-z0-9]{1,3}\)\s)/.test(line)) return null;
  const l = line.replace(/^[#\s]+|[*\s]+$/g, '').replace(/^\*+/, '').replace(/\*+(?=:?$)/, '');
  // "You might be a fit if...", "Bonus points…": a heading trailing off in an ellipsis is read without it (the list below
  // finishes it), not as a sentence.
  if (/\S(?:\.{3}|\u2026)$/.test(l)) return headingKind(l.replace(/(?:\.{3}|\u2026)$/, ''));
  if (l.length === 0 || l.length > 70) return null;
  // (s51: "[ Who are we? ]", "( What do we need from you? )": a question framed in brackets is a heading; the sentence test
  // reads the words inside the frame, whose closing bracket would follow the question mark as a next sentence's word.)
  const unframed = l.replace(/^[\[\u3010(\u3014<]\s*(.+?)\s*[\]\u3011)\u3015>]$/u, '$1');
  if (/[.!?]\s+\S/.test(unframed) || /[.!]$/.test(unframed)) return null;
  // "Go (nice to have: Terraform)": a label inside brackets, with what it labels, is an aside of a line of content.
  if (/\([^()]*:\s*\S[^()]*\)/.test(l)) return null;
  // "Security clearance: not required", "Travel: none": a field of the listing that says nothing is asked heads nothing.
  if (NOTHING_ASKED_FIELD.test(l)) return null;
  const colon = l.endsWith(':');
  if (!colon && asksNamed(l)) return null;
  // (s56, s55's known miss) "Kotlin is a plus", "Some Rust would be an advantage": a subject, a verb and the wish's weight,
  // said as a sentence, is a wish, not the heading of the lines after it.
  if (!colon && WISH_SENTENCE.test(l)) return null;
  // (s45: "What you need to have (R = required, B = bonus)": a legend of the marks below is no word of the heading's length.)
  // (s51: the words inside a bracket frame, "[ What do we need from you? ]", the brackets no words of it.)
  const words = unframed.replace(/\s*\([^()]*\b\w{1,3}\s*=\s*\w[^()]*\)\s*:?$/, '').split(/\s+/).length;
  // "Developer Experience Engineer", "Staff Engineer, Platform:": a role's title is text (its skills count), never a heading.
  if (ROLE_TITLE.test(l.replace(/:$/, '')) && !HEADING_START.test(l)) return null;
  // "Quillmark | Two roles | Porto": a title line of fields names the job, it heads no part.
  if (/\s\|\s/.test(l)) return null;
  const kind = classifyHeading(l);
  // "hiring@lumenfold.io", "lumenfold.io/careers": an address is no heading ("hiring" would read as the roles on offer).
  if (kind && kind !== 'other' && /@|https?:|www\.|\.(?:com|io|ai|co|dev|org)\b/i.test(l)) return null;
  // A longer heading holds no colon when it is set in title case ("You May Be a Good Fit If You", as boards that flatten headings print them).
  // "It would be lovely if you have", with no colon: a clause left open for the list below it to finish is a heading too.
  // (A count of days, weeks or months, "In your first 90 days", "30/60/90", is a heading's words, not an amount.)
  // (s51: a count of years in words, "Minimum of two years administering Salesforce" as a short posting's last line, is an amount
  // as digits are: the line asks, it heads nothing.)
  // (s53: and in other languages, "Cinq ans d'exp\u00e9rience minimum en Java", YEARS_ABROAD.)
  const digits = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a couple of|several)\s+(?:\(\d{1,2}\)\s+)?(?:\+\s*)?(?:or more\s+)?years?\b/i.test(l) || YEARS_ABROAD.test(l) || /\d/.test(l.replace(/\b\d{1,3}\s*(?:days?|weeks?|months?)\b|\b30\s*[/-]\s*60\s*[/-]\s*90\b/gi, ''));
  if (kind && (colon || (words <= 6 && !digits) || (words <= 10 && (titleCase(unframed) || / if(?: you(?: (?:also |already )?(?:have|are|know|bring))?)?$/i.test(unframed) || /\?$/.test(unframed) || LEFT_OPEN.test(unframed))))) return kind;
  // (s40: a line framed as a heading, "==Team==", "== Interview ==", heads a part though its words are no known heading.)
  // (s56: "[ Job Snapshot ]", "[ Our Commitment ]": a line framed in square brackets, as iCIMS prints its headings, too.)
  if ((colon || framed || /^\[\s*[\p{Lu}][^\[\]]*\]$/u.test(l)) && words <= 6) return 'unknown';
  // (s44: "\u{1F392} Pack these", "## Money and such": a short line opened by a pictograph, or set as a markdown heading, heads a
  // part though its words are no known heading; the part's lines tell its kind, splitSections.)
  if ((/^\s*\p{Extended_Pictographic}/u.test(line) || /^\s*#{1,4}\s+\S/.test(line)) && words <= 6 && !/[,;]/.test(l) && !/\s[-\u2013\u2014|]\s/.test(l)) return 'unknown';
  return null;
}

/**
 * A known heading of up to ten words with no colon, for a line set off as one (a blank line above it, a list right
 * under it): "Ways to stand out from the crowd". Not a bullet, a sentence, a role's title or a line of fields.
 */
function headingSetOff(line: string): SectionKind | null {
  const l = line.trim();
  // (s43: one comma inside it, "Things that would help, but we'll teach you", leaves a heading with an aside after it.)
  if (BULLET.test(l) || l.length > 70 || /[.!?:;]/.test(l) || (l.match(/,/g)?.length ?? 0) > 1 || /,$/.test(l) || /\s\|\s/.test(l) || /\d/.test(l) || l.split(/\s+/).length > 10) return null;
  if ((ROLE_TITLE.test(l) && !HEADING_START.test(l)) || asksNamed(l)) return null;
  // "This is not the role for you if": who should not apply leads its list as text (the requirement items read it).
  if (/\b(?:not|never|no one|nobody)\b|n(?:'|\u2019)t\b/i.test(l)) return null;
  // (With a comma, the heading is the words before it, the rest an aside: "Things that would help, but we'll teach you".)
  // (The aside turns on a word of its own, "but", "though", "if"; "Remote, Europe" is no heading and an aside.)
  if (l.includes(',') && !/,\s*(?:but|though|although|even if|if|which|we(?:'|\u2019)ll|we will|we can|no need)\b/i.test(l)) return null;
  const kind = classifyHeading(l.includes(',') ? l.slice(0, l.indexOf(',')) : l);
  return kind && kind !== 'other' ? kind : null;
}

/** Every word of four letters or more starts with a capital, and so does the first. */
function titleCase(l: string): boolean {
  const words = l.replace(/:$/, '').split(/\s+/);
  return /^[A-Z]/.test(words[0]!) && words.every((w) => w.length < 4 || /^[A-Z]/.test(w));
}

/**
 * A heading that runs into its content on the same line: "Bonus: Kafka, Flink", "Nice to have: some Rust".
 * Returns the heading's kind and where the content starts in the line, or null. The label must be a
 * known heading on its own (short, no sentence); a job title or any other label ("Stack: …") is text.
 */
function inlineHeading(line: string): { kind: SectionKind; heading: string; at: number; item?: boolean } | null {
  if (BULLET.test(line)) {
    // "- Bonus: Kafka", "• Nice to have: Rust": one line of a list, of its own kind (the list goes on after it).
    const b = /^\s*(?:[•·▪◦・･+*–-]|\d+[.)])\s*([^:.!?]{2,30}?)\**:\s*(?=\S)/.exec(line);
    // (A label inside an open bracket is an aside of the line, not its heading: "- Go, Rust or C++ (bonus: Zig)".)
    // (Nor a wish's label after a dash, which the line's ask comes before: "- Terraform \u2013 nice to have: Pulumi".)
    const kind = b && !openBracket(b[1]!) && !/\s[\u2013\u2014-]\s/.test(b[1]!) ? classifyHeading(b[1]!.trim()) : null;
    return b && kind === 'preferred' ? { kind, heading: b[1]!.trim(), at: b[0].length, item: true } : null;
  }
  const m = /^[#\s*]*([^:.!?]{2,40}?)\**:\s*(?=\S)/.exec(line);
  if (!m || m[0].length >= line.length) {
    // "Salary - $150k–$190k": pay after a dash. (A label has no digits: "salary 20 000 – 25 000 PLN" is one range, its
    // thousands grouped by spaces.)
    const d = /^[#\s*]*([A-Za-z][A-Za-z ]{1,25}?)\**\s+[-–—]\s+(?=[$€£¥₹]|\d)/.exec(line);
    return d && classifyHeading(d[1]!) === 'benefits' ? { kind: 'benefits', heading: d[1]!.trim(), at: d[0].length } : null;
  }
  const label = m[1]!.trim();
  if (label.split(/\s+/).length > 5 || /https?$/i.test(label) || ROLE_TITLE.test(label) || openBracket(label)) return null;
  // "Visa: USC, GC only", "Security clearance: Public Trust": a field of the listing, its own ask; the same words alone on
  // a line head the vetting part.
  if (VETTING_LABEL.test(label)) return null;
  // (s53 tune, and s52's known miss) "Top Skills: Go, Kubernetes, Prometheus": a board's tags over the posting (LinkedIn,
  // Built In), its own line, a part of no kind: not the asks. ("Top Skills Details:" alone on its line, an agency's heading
  // over the asks, is read as before.)
  if (/^top skills$/i.test(label)) return { kind: 'other', heading: label, at: m[0].length };
  // ("Also helpful: Fivetran or Looker": a wish's label on the line it labels is the item's own, items.ts WISH_LABEL.)
  if (/^(?:also\s+)?(?:helpful|useful|handy)$/i.test(label)) return null;
  // "Years of experience: 5-8", "Experience required: 3+ years": a field of the listing whose value is the years asked,
  // kept whole so the years are read with their label.
  if (/\b(?:years?|yrs|yoe|experience)\b/i.test(label) && /^\**\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.test(line.slice(m[0].length))) return null;
  // (s43: a Spanish label inline, "Requisitos: 3 años con Java", stays its line's text: the years and degrees of a Spanish
  // line are read with their label, lib/requirements/facts.ts. On a line of its own it heads its part.)
  if (/^(?:requisitos|funciones|valorable|ofrecemos|beneficios|responsabilidades|deseable)\b/i.test(label)) return null;
  // (s43: "Key: A = application form, I = interview": a legend of the marks above, a line of no kind.)
  if (/^(?:key|legend)$/i.test(label) && /^[A-Z]{1,3}\s*=/.test(line.slice(m[0].length))) return { kind: 'other', heading: label, at: m[0].length };
  // (s44: pay labelled in the posting's own language, "Sueldo: MXN 70,000 – 90,000", "Wynagrodzenie: 18 000 PLN": pay on its
  // line. On a line of its own such a word heads no part: a short posting's asks may follow it.)
  if (PAY_ABROAD.test(label) && /\d/.test(line.slice(m[0].length))) return { kind: 'benefits', heading: label, at: m[0].length };
  // (s45: a Japanese, Korean or Chinese heading heads its part from a line of its own; as a label, "歓迎: 英語での業務経験",
  // it stays its line's own word, read with the line.)
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(label)) return null;
  const kind = classifyHeading(label);
  return kind ? { kind, heading: label, at: m[0].length } : null;
}

/** A label that leaves a bracket open ("Go or Rust (bonus"): its colon stands inside the bracket. */
const openBracket = (label: string): boolean => (label.match(/\(/g)?.length ?? 0) > (label.match(/\)/g)?.length ?? 0);

/**
 * A line that says how to apply or whom to write to ("Learn more and apply here: …", "To apply, send …",
 * "If you're interested, email …", "Interested candidates can share their CV …", "Questions? Write to Ana, ana@…", an
 * address alone): it ends the part above it, whatever its length, and is a part of no kind. (s50) So does an address under
 * a label that says what to send it ("Questions or applications: jobs@…", "CVs to: …", "Enquiries: …").
 */
// (s61 tune: and "Questions? Ask Niamh at <e-mail>", "Contact Sam at <e-mail>": whom to ask, with the address.)
const APPLY_LINE =
  /^[#*\s]*(?:(?:questions|applications?|enquiries|inquiries|contact|cvs?|r\u00e9sum\u00e9s?|resumes?)(?:\s+(?:or|and|&|\/)\s+(?:questions|applications?|enquiries|inquiries|cvs?|r\u00e9sum\u00e9s?|resumes?))?\s*(?:to\s*)?:\s*(?:to\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:(?:please|learn more (?:and|&)|to learn more (?:and|&)|(?:more|find|see the full)? ?(?:details|description) and|you can)\s+)?(?:to )?apply(?=\s*(?:here|now|at|on|via|through|by|online|today|below|\(|:|,|$))|if (?:you(?:'|’)?re |you are |you(?:'|’)?d be |you or someone you know (?:are|is|might be|may be) )?(?:interested|a (?:good |great )?fit)\b.{0,80}?\b(?:apply|e-?mail|reach out|send (?:us|me|your|a|an|over)|contact (?:us|me)|get in touch|write to|dm)\b|if (?:this|that|it) (?:sounds|fits|appeals|resonates)\b.{0,60}?\b(?:apply|e-?mail|reach out|reply|send (?:us|me|your|a|an|over)|contact (?:us|me)|get in touch|write to)\b|interested\?\s+(?:then\s+)?(?:please\s+)?(?:send|e-?mail|write|apply|reach out|drop|get in touch)\b|(?:interested|eligible|suitable|qualified)\s+(?:candidates|applicants|folks|people)\s+(?:can|may|should|please|are (?:welcome|invited|requested) to)\s+(?:share|send|e-?mail|apply|forward|submit|drop|mail)\b|(?:(?:any\s+)?questions(?:\s+(?:about|on)\s+(?:the|this)\s+(?:role|job|position|opening|team|process))?\?\s*)?(?:please\s+)?(?:write|e-?mail|send|reach out|ping|talk|speak|dm|message|drop|shoot|fire off|ask|contact|get in touch with|call)\b.{0,80}?[\w.+-]+@[\w-]+\.\w|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?[*\s]*$)/i;

/** (s56) A sentence that opens on a wish's words and "if": "Nice if you've touched ...", "Bonus if you know ...", "It'd be great if they ...". */
const WISH_OPENS = /^[#*\s]*(?:(?:it(?:'|\u2019)?s|it\s+is|it(?:'|\u2019)d\s+be|it\s+would\s+be|would\s+be|also|extra)\s+)?(?:nice|great|a\s+plus|a\s+bonus|bonus(?:\s+points)?|extra\s+points|even\s+better|helpful|handy|lovely|cool)\s+if\s+(?:you|they|we|the\s+(?:candidate|hire))\b(?!.*:\s*$)/i;
/** (s45) A paragraph that opens on what the job offers: "We offer …", "In return, we offer …", "We also offer …". */
/** (s45) A line that opens on the pay's label and its amount, no colon: "Salary 50\u201362k SEK/month", "Pay up to \u00a375,000". */
const PAY_OPENS = /^[#*\s]*(?:(?:base|annual|monthly)\s+)?(?:salary|pay|compensation|comp|rate)\s+(?:(?:is|of|from|up to|between|range)\s+)*(?:[$\u20ac\u00a3]|(?:USD|EUR|GBP|SEK|NOK|DKK|PLN|CZK|CHF)\s?)?\s?\d/i;
/** (s59b tune) The employer by its name offering perks, after the asks: "Acme Credit Union offers medical, dental, 401(k) and ...". */
const COMPANY_OFFERS =
  /^[#*\s]*(?:The\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|&)){0,5}\s+(?:also\s+)?(?:offers|provides)\s+(?:[\w'-]+\s+){0,4}?(?:medical|health|dental|vision|benefits?|401\s?\(?k|pension|paid\s+(?:time|leave|holidays?|vacation)|pto|tuition|bonus(?:es)?|insurance)\b/;
const OFFER_OPENS = /^[#*\s]*(?:in return,?\s+)?we\s+(?:also\s+)?(?:offer|provide|pay)\s+(?!(?:services?|software|tools?|products?|solutions?|consulting|support|a\s+platform)\b)/i;

/**
 * (s46) How to apply, said in the languages postings are written in ("Wir freuen uns auf deine Bewerbung \u2026", "Solliciteren?
 * Mail je cv naar \u2026", "Envoie ton CV \u00e0 \u2026", "Env\u00eda tu CV a \u2026", "Envie seu curr\u00edculo \u2026", "Wy\u015blij CV \u2026", "Skicka din ans\u00f6kan \u2026"),
 * and "Mail your CV to \u2026": it ends the part above it, as APPLY_LINE's lines do. (s50) The Nordic verb of applying with
 * when, where or how ("Ans\u00f6k senast 31 januari", "S\u00f8k via skjemaet", "S\u00f8g senest fredag", "Hae viimeist\u00e4\u00e4n 5.3.").
 * (s59 tune) And in the languages read since: "\u00bfTe interesa? Escr\u00edbenos a \u2026", "K\u00fcsimuste korral kirjuta Margusele: \u2026", "Ak \u0165a ponuka
 * zaujala, po\u0161li n\u00e1m \u2026", "Steile mas to biografiko sou \u2026", "K\u00fcldd el \u00f6n\u00e9letrajzodat \u2026", "Kirim CV kamu ke \u2026".
 * (s59b tune: "Gia aitisi, steile to biografiko sou \u2026", "Post\u00falate en \u2026", Catalan "Inscriu-te \u2026", "Envia'ns \u2026".)
 * (s60 tune: Slovenian "Prijave po\u0161lji na \u2026", Icelandic "Ums\u00f3knarfrestur er til \u2026"; and the same words in the other languages read
 * since: Serbian and Croatian "Prijave \u0161aljite \u2026", Latvian "CV s\u016bti \u2026", Bulgarian "Kandidatstvai \u2026", Portuguese "Envia a tua
 * candidatura", Danish and Norwegian "Send din ans\u00f8gning", "S\u00f8knadsfrist".)
 */
/** (s61b tune) Indonesian "Kirimkan lamaranmu ke ...", Greek "\u0391\u03c0\u03bf\u03c3\u03c4\u03bf\u03bb\u03ae \u03b2\u03b9\u03bf\u03b3\u03c1\u03b1\u03c6\u03b9\u03ba\u03bf\u03cd \u03c3\u03c4\u03bf ...": how to apply, in the posting's words. */
const APPLY_ABROAD_S61 = /^[#*\s]*(?:kirimkan\s+(?:lamaran|cv|berkas)\p{L}*|\u03b1\u03c0\u03bf\u03c3\u03c4\u03bf\u03bb[\u03ae\u03b7]\s+\u03b2\u03b9\u03bf\u03b3\u03c1\u03b1\u03c6\u03b9\u03ba\p{L}*)(?![\p{L}])/iu;
const APPLY_ABROAD =
  /^[#*\s]*(?:wir\s+freuen\s+uns\s+auf\s+(?:deine|ihre|eure)\s+(?:bewerbung|nachricht)|(?:bewirb\s+dich|bewerben\s+sie\s+sich)\s+(?:(?:gern|gerne|einfach|ganz\s+einfach|noch\s+heute|bitte)\s+)?(?:jetzt|gleich|direkt|hier|\u00fcber|unter|bis|per|bei|mit|online)\b|jetzt\s+bewerben\b|solliciteren\s*\?|solliciteer\s+(?:via|door|met|nu|direct|v\u00f3\u00f3r|voor)\b|(?:stuur|mail)\s+(?:je|jouw|uw)\s+(?:cv|sollicitatie|motivatie)|mail\s+(?:your|us|me)\b|envoie(?:z)?(?:-nous|\s+nous)?\s+(?:ton|votre)\s+(?:cv|candidature)|pour\s+postuler\b|postule(?:z)?\s+(?:ici|sur|via|en\s+ligne|directement)\b|env(?:\u00ed|i)a(?:nos)?\s+tu\s+(?:cv|curr\u00edculum|curriculum|candidatura)|inscr(?:\u00ed|i)bete\b|para\s+(?:postular|aplicar|inscribirte)\b|envie\s+(?:o\s+)?(?:seu|teu)\s+(?:curr\u00edculo|curriculo|cv)|para\s+se\s+candidatar\b|candidate-se\s+(?:pelo|pela|em|no|na|aqui|at\u00e9)\b|invia\s+(?:il\s+)?(?:tuo\s+)?(?:cv|curriculum)|per\s+candidarti\b|candidati\s+(?:ora|subito|qui|online|tramite|su)\b|(?:wy\u015blij|prze\u015blij)\s+(?:nam\s+)?(?:swoje\s+)?cv|aplikuj\s+(?:przez|na|tutaj|teraz)\b|skicka\s+(?:din|ditt)\s+(?:ans\u00f6kan|cv)|s\u00f6k\s+(?:tj\u00e4nsten|jobbet)\s+(?:via|p\u00e5|genom|senast)\b|ans\u00f6k\s+(?:senast|via|p\u00e5|h\u00e4r|idag|nu|genom|redan)\b|s\u00f8k\s+(?:senest|via|her|n\u00e5|p\u00e5|innen)\b|s\u00f8g\s+(?:senest|stillingen|jobbet|via|her|nu|inden)\b|hae\s+(?:viimeist\u00e4\u00e4n|t\u00e4st\u00e4|nyt|heti)\b|\u00bf?\s*te\s+(?:interesa|animas)\b[^.!?\n]{0,30}\?|escr(?:\u00ed|i)be(?:nos|me)?\s+(?:a|al)\b|k\u00fcsimus(?:te\s+korral|ed)\b|kirjuta\s+(?:meile|\p{L}+le)\b|po\u0161li(?:te)?\s+n\u00e1m\b|ak\s+(?:\u0165a|v\u00e1s)\s+(?:ponuka|poz\u00edcia)\s+zaujala\b|steil(?:e|te)\s+(?:mas\s+)?(?:to\s+)?(?:biografiko|cv)\b|steil(?:e|te)\s+mas\b|gia\s+(?:na\s+kaneis\s+)?aitisi\b|post(?:\u00fa|u)late\b|inscriu(?:-te|-vos)\b|envia(?:['\u2019]ns|-nos)\b|k\u00fcldd\s+(?:el\s+)?(?:az?\s+)?(?:\p{L}+\s+)?\u00f6n\u00e9letrajz\p{L}*|kirim(?:kan)?\s+(?:cv|lamaran)\b|prijav(?:e|o|i)\s+(?:po(?:\u0161|s)lji(?:te)?|(?:\u0161|s)aljite|(?:\u0161|s)alji|sprejemamo|zbiramo|oddajte|po(?:\u0161|s)aljite)\b|prijavi(?:te)?\s+se\s+(?:na|preko|prek|do|putem|online)\b|po(?:\u0161|s)alji(?:te)?\s+(?:nam\s+)?(?:svoj\s+|svoju\s+)?(?:cv|\u017eivotopis|zivotopis|biografiju|prijavu)\b|(?:cv|pieteikumu)\s+s(?:\u016b|u)ti\b|s(?:\u016b|u)ti\s+(?:savu\s+|mums\s+)?(?:cv|pieteikumu)\b|piesakies\b|kandidatstva(?:i|yte|jte)\b|izprat(?:i|ete)\s+(?:ni\s+)?(?:cv|svoeto\s+cv|avtobiografiya)\b|\u043a\u0430\u043d\u0434\u0438\u0434\u0430\u0442\u0441\u0442\u0432\u0430\u0439(?:\u0442\u0435)?\b|ums(?:\u00f3|o)knarfrestur\b|s(?:\u00f3|o)tt\s+er\s+um\b|s(?:\u00e6|ae)ktu\s+um\b|envia\s+(?:a\s+)?(?:tua|sua)\s+candidatura\b|send\s+(?:din|dit)\s+(?:ans\u00f8gning|cv|s\u00f8knad)\b|s\u00f8knadsfrist\b|ans\u00f8gningsfrist\b)/iu;

/**
 * (s51b) A short refusal of agencies before the line's apply sentence ("No agencies. To apply, send …", "No recruiters,
 * please. Email …"): the line says how to apply, as APPLY_LINE's lines do.
 */
const NO_AGENCIES_FIRST = /^[#*\s]*(?:(?:sorry|strictly|please),?\s+)?no\s+(?:third[- ]part(?:y|ies)|(?:recruit(?:ment|ing)\s+|staffing\s+)?agenc(?:y|ies)|recruiters|headhunters)(?:,?\s+please)?\s*[.!]\s+(?=\S)/i;

/** "Apply with a link to something you built.", "Apply with your CV and …": how to apply, said with what to send (s43). */
const APPLY_WITH = /^[^\p{L}\p{N}]*apply\s+with\s+(?:a|an|your|the|two|three|some|one)\b/iu;

/** A second label in a line, after a sentence ("Bonus: a PhD. Perks: equity, a desk at …"): where it starts, or -1. */
function labelAfterSentence(line: string, from: number, kind: SectionKind, only?: ReadonlySet<SectionKind>): number {
  const re = /[.!?;]\s+([A-Z][A-Za-z'’ -]{1,25}):\s+(?=\S)/g;
  re.lastIndex = from;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const k = classifyHeading(m[1]!);
    // ("… French. We don't care about: degrees …": a label that waives what follows it ends the asks before it too.)
    const waives = waivedHeading(m[1]!) && m[1]!.split(/\s+/).length <= 5;
    if (k && k !== kind && (!only || only.has(k) || waives) && (m[1]!.split(/\s+/).length <= 3 || waives)) return m.index + m[0].indexOf(m[1]!);
  }
  return -1;
}
/**
 * (s45) A sentence that ends the asks an inline label began: what the job offers or pays ("We offer …", "In return you get
 * …", "Salary: …"; group 1) or how to apply ("Apply at …", "Send your CV …", "Interested?").
 */
const ASKS_END = /^(?:(we\s+(?:also\s+)?(?:offer|provide|pay)\b|in\s+return\b|you(?:(?:'|\u2019)ll|\s+will)\s+(?:get|receive|enjoy)\b|(?:the\s+)?(?:salary|pay|compensation|benefits|perks)\b)|(?:to\s+)?apply\b|send\s+(?:us\s+)?(?:your|a)\b|e-?mail\s+(?:us|me|your)\b|interested\s*\?)/i;
/** The labels a paragraph may hold after a sentence ("… Must-haves: Python, SQL. Nice-to-haves: Spark."): what it asks and wishes. */
const ASK_LABELS: ReadonlySet<SectionKind> = new Set(['requirements', 'preferred']);

/** A header's field: a short label, a colon, its value ("Pay scale & grade: GS 13", "Work schedule: Full-time"). */
const FIELD_LINE = /^[A-Z][\w &/'()-]{1,30}:\s+\S/;

/** A field's label that names the pay itself, not the perks: "Salary", "Compensation", "Pay range", "CTC", "Gehalt". */
/** (s44) Pay labelled in Spanish, Portuguese or Polish, which classifyHeading does not know (English and German, French labels it does). */
const PAY_ABROAD = /^(?:sueldo|salario|sal\u00e1rio|remunera\u00e7\u00e3o|retribuci\u00f3n|wynagrodzenie)(?:\s+(?:bruto|neto|mensual|anual|mensal|base))?$/i;
// (s45: any word or two before the pay noun, "Gross salary", "Expected monthly pay", "Starting compensation".)
// (s48: or qualified by the collective agreement that sets it, "Minimum salary per collective agreement: \u20ac4,100 ...".)
// (s52: or the pay noun first and its qualifiers after, as Romance languages put them, "Retribuzione annua lorda", "R\u00e9mun\u00e9ration
// annuelle brute", "Salario bruto anual".)
// (s53: the French qualifiers in the masculine too, "Salaire annuel brut", "Salaire mensuel".)
// (s59 lead: and the pay's word in Czech and Slovak, Croatian, Slovenian, Hungarian, Finnish, Estonian, Lithuanian and Turkish:
// "Mzda: 90 000 \u2013 120 000 K\u010d m\u011bs\u00ed\u010dn\u011b" is its line only, as "Salary: \u2026" is.)
// (s62 lead: Azerbaijani "\u018fm\u0259k haqq\u0131", Albanian "Paga", Vietnamese "M\u1ee9c l\u01b0\u01a1ng".)
const PAY_LABEL = /^(?:[\p{L}]+\s+){0,2}?(?:salary|compensation|comp|pay|pay range|salary range|rate|day rate|ctc|package|gehalt|salaire|r\u00e9mun\u00e9ration|remunera\u00e7\u00e3o|retribuci\u00f3n|retribuzione|sueldo|sal[a\u00e1]rio|salariu|wynagrodzenie|verg\u00fctung|l\u00f6n|l\u00f8nn?|RAL|gaji|mzda|plat|pla\u0107a|pla\u010da|b\u00e9r|fizet\u00e9s|palkka|palk|atlyginimas|atalgojums|alga|plata|maa\u015f|haqq\u0131|paga|l\u01b0\u01a1ng|\u7d66\u4e0e|\u60f3\u5b9a\u5e74\u53ce|\u5e74\u53ce|\u6708\u7d66|\uc5f0\ubd09|\uae09\uc5ec|\u85aa\u8d44|\u85aa\u8cc7|\u6708\u85aa|\u5e74\u85aa)(?:\s+(?:range|band))?(?:\s+(?:annua|annuale|annuo|lorda|lordo|netta|netto|mensile|annuel(?:le)?|brute?|mensuel(?:le)?|bruto|neto|anual|mensual|bruta|l\u00edquida|liquida)){0,2}(?:\s+(?:per|under|according to|as per)\s+(?:the\s+)?(?:collective(?:\s+labou?r)?\s+agreement|pay\s+scale))?$/iu;
/** A line that goes on with the pay above it, or is blank: "plus equity", "+ 401(k) match", "Benefits include …". */
const PAY_GOES_ON = /^\s*(?:$|\+|plus\b|and\b|&|includ|with\b|bonus|equity|stock|options|benefits|401|health|pto|pension|super\b|\(|depending|doe\b)/i;

/** A sentence that says what the candidate must hold or be: "Applicants must hold …", "You must be authorized to work …". */
const CANDIDATE_MUST = /^[#*\s]*(?:all\s+)?(?:applicants|candidates|you|the (?:successful )?(?:candidate|applicant|hire))\s+(?:must|will need to|need to|are required to|should)\s+(?:already\s+)?(?:hold|have|be|possess|live|reside)\b/i;

/** The job's pay or visa terms, said as the company's: "The salary range for this position is …", "We are unable to sponsor …". */
const PAY_OR_VISA = /^[#*\s]*(?:(?:the|our)\s+)?(?:base\s+)?(?:salary|pay|compensation|hourly rate)(?:\s+(?:range|band))?\s+(?:for|is|of)\b|^[#*\s]*we\s+(?:are\s+)?(?:unable|not able|cannot|can(?:'|\u2019)t|do not|don(?:'|\u2019)t|will not|won(?:'|\u2019)t)\s+(?:\w+\s+){0,2}sponsor/i;

/** A line that names the team's stack: it stays a skill list even inside about-us or benefits. */
const STACK_LINE = /\b(?:tech(?:nology)? stack|our stack|the stack|stack:|stack is|we use|we're using|we are using|built (?:with|on|in|using)|written in|runs? on|technologies:|tools we use|languages:)/i;

/**
 * The employer's equal-chance statement (s43): "\u2026 is an equal opportunity employer", "We are committed to diversity and inclusion \u2026".
 * (s53 tune: in its short forms too, "\u2026 is an EOE", "an AA/EEO employer", and "\u2026 welcomes applications from people with
 * disabilities".)
 */
// (s58 tune: "Lanternfish hires without regard to where you come from ...": the employer's statement in its own words.)
const EQUAL_CHANCE = /\b(?:equal (?:employment )?opportunit(?:y|ies)|affirmative action|(?:is|are) committed to (?:equality|diversity|inclusion|employment equity|building a (?:diverse|inclusive))|welcomes? applications from (?:all|everyone|people of all|candidates of all|(?:people|candidates|applicants) with disabilities|disabled (?:people|candidates|applicants))|welcomes? (?:applicants|applications|candidates|people) (?:of|from) (?:every|all|any) (?:backgrounds?|walks? of life)|hires? (?:purely |solely |only )?on merit|does not discriminate|without regard to (?:race|age|sex|gender)|(?:hires?|hiring|employs?|recruits?)\s+(?:people\s+|everyone\s+|staff\s+)?without\s+regard\s+to|EOE|EEO(?:\/AA)?\s+employer|AA\/EEO(?:\s+employer)?)\b/i;

/**
 * (s62b tune) The employer's equal-treatment line in the posting's own language: Hebrew "\u05d4\u05de\u05e9\u05e8\u05d4 \u05de\u05d9\u05d5\u05e2\u05d3\u05ea \u05dc\u05e0\u05e9\u05d9\u05dd \u05d5\u05dc\u05d2\u05d1\u05e8\u05d9\u05dd \u05db\u05d0\u05d7\u05d3" (the job
 * is for women and men alike), French "égalité des chances", German "Chancengleichheit", Spanish and Portuguese "igualdad/igualdade de
 * oportunidades": no perk, as EQUAL_CHANCE's English is not.
 */
const EQUAL_CHANCE_ABROAD = /(?:\u05dc\u05e0\u05e9\u05d9\u05dd\s+\u05d5(?:\u05dc)?\u05d2\u05d1\u05e8\u05d9\u05dd\s+\u05db\u05d0\u05d7\u05d3|\u05dc\u05d2\u05d1\u05e8\u05d9\u05dd\s+\u05d5(?:\u05dc)?\u05e0\u05e9\u05d9\u05dd\s+\u05db\u05d0\u05d7\u05d3)|(?<![\p{L}])(?:égalité\s+des\s+chances|chancengleichheit|igualdad\s+de\s+oportunidades|igualdade\s+de\s+oportunidades)(?![\p{L}])/iu;

/** A heading that names the whole posting, not its duties: "Job Description", "JD", "Position details". */
const WHOLE_JOB = /^(?:(?:the |full )?(?:job|role|position) (?:description|details)|jd|description)$/i;

/** A line of a list: "- ", "• ", "* ", "1. ". */
const BULLET = /^\s*(?:[•·▪◦・･+]|\*\s|-\s|–\s|\d+[.)]\s|\([A-Za-z0-9]{1,3}\)\s)/;
/** (s53) A count of years in words in other languages, "Cinq ans d'exp\u00e9rience minimum", "Drei Jahre Erfahrung": an amount, as "five years" is (headingKind). */
const YEARS_ABROAD = /(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|dix|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|zehn|dos|tres|cuatro|cinco|seis|siete|ocho|diez|dois|tr\u00eas|quatro|twee|drie|vijf|zes|zeven|tien|due|quattro|cinque|dwa|dwie|trzy|cztery|pi\u0119\u0107|dva|dv\u011b|t\u0159i|\u010dty\u0159i|p\u011bt)\s+(?:ans|ann\u00e9es|jahre|jahren|a\u00f1os|anos|jaar|jaren|anni|lata|lat|let|roky|\u00e5r)(?![\p{L}])/iu;

/** A list line that asks something of the candidate: "Experience with …", "5+ years …", "Strong …", "You have …". */
const ASKS =
  /^\s*(?:[•·▪◦・･+*–-]|\d+[.)])\s*(?:\d+\+?\s*(?:years?|yrs)|(?:(?:deep|strong|solid|proven|demonstrated|hands-on|excellent|good|working|professional|prior|practical|extensive|some)\s+)?(?:experience|expertise|knowledge|understanding|familiarity|proficiency|background|fluency|track record|skills?)\b|(?:proficient|fluent|familiar|comfortable|experienced|skilled|expert)\b|(?:you|you've|you have|you are|you're|have|are|can)\b|hands[- ]on\b|(?:(?:good|strong|solid|some)\s+)?exposure\b|(?:should|must)\s+(?:have|be|know|possess)\b|(?:the\s+)?candidates?\s+(?:should|must|will need)\b|ability to|bachelor|master|degree|bs\b|ms\b|phd\b|excellent|strong|solid|deep)/i;

/**
 * (s44) A table set in pipes whose header names what is asked and what is wished ("| | Must | Nice |", "Skill | Required |
 * Preferred"): its first line with pipes, each cell (a first one of row labels aside) a heading of asks or wishes.
 */
function pipeHeadAsks(text: string): boolean {
  const rows = text.split('\n').filter((l) => /\S\s*\|\s*\S/.test(l));
  const head = rows[0];
  // (A table has a header and rows, each cell of the header a heading's few words.)
  if (!head || rows.length < 3) return false;
  const cells = head.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  if (cells.some((c) => c.length > 30)) return false;
  const kinds = cells.map((c) => (c ? classifyHeading(c) : null));
  const rest = kinds.slice(kinds[0] === 'requirements' || kinds[0] === 'preferred' ? 0 : 1);
  return cells.length >= 2 && rest.length >= 1 && rest.every((k) => k === 'requirements' || k === 'preferred') && rest.includes('requirements');
}

/** (s44) A line opened by a pictograph ("\u{1F392} Pack these", "\u2705 Python"). */
const PICTOGRAPH = /^\s*\p{Extended_Pictographic}/u;

/** (s44) A list's own note that none of it is needed: "Everything in this list is optional", "None of these are required". */
const LIST_OPTIONAL = /\b(?:all|everything|any|none|each|most)\s+(?:of\s+)?(?:this|these|the above|it|in this list|on this list|here|below)\b[^.!?\n]{0,40}?\b(?:(?:is|are)\s+)?(?:optional|(?:not|n(?:'|\u2019)t)\s+(?:required|essential|needed|necessary|a must))\b|\bnone\s+of\s+(?:this|these|it|them|the above)\s+(?:is|are)\s+(?:strictly\s+|really\s+)?(?:required|essential|needed|necessary|a must)\b/i;
/** (s44) A list whose first line is the pay: "\u2022 $185\u2013215k, equity, 401(k)", "- \u00a355,000 plus bonus". */
const PAY_FIRST = /^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])?\s*(?:up to\s+|from\s+)?(?:[$\u20ac\u00a3\u00a5\u20b9]|(?:USD|EUR|GBP|CAD|AUD|CHF|PLN|SEK|DKK|NOK)\s?)\s?\d/;

/**
 * When in doubt, a list of lines that ask things of the candidate is
 * requirements, never about-us: a section read as about-us or of no kind
 * whose list lines mostly ask (at least two of them) becomes requirements.
 */
function listAsks(text: string): boolean {
  // (s44: a line that is an aside in brackets, "\u2022 (We know titles mean different things here.)", is no line of the list.)
  const lines = text.split('\n').filter((l) => BULLET.test(l) && !/^\s*\S+\s*\(.*\)\W*$/.test(l));
  if (lines.length < 2) return false;
  const asking = lines.filter((l) => ASKS.test(l)).length;
  return asking >= 2 && asking * 2 >= lines.length;
}

/** (s54) A list line that tells of the job or the team, its subject the company, the place or the process: "We work 9 to 4", "There's one on-site week", "The interview is two calls". */
const NOTE_LINE = /^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])?\s*(?:we(?:(?:'|\u2019)(?:re|ve|ll|d))?|our|us|there(?:(?:'|\u2019)s|\s+is|\s+are|\s+will\s+be)|the\s+(?:team|office|hiring|interview|process|role|job|position|salary|pay|start|first)|this\s+(?:role|job|position)|interviews?|hiring|everyone|everybody|all\s+of\s+us|salary|pay)\b/i;
/** (s54) A list of two lines or more none of which asks and most of which tell of the job (NOTE_LINE): notes, not wishes. */
function notesOnly(text: string): boolean {
  const lines = text.split('\n').filter((l) => BULLET.test(l));
  if (lines.length < 2 || lines.some((l) => ASKS.test(l))) return false;
  return lines.filter((l) => NOTE_LINE.test(l)).length * 2 > lines.length;
}

/** The lines of a list that starts at line `n` (blank lines inside it kept), up to its first line of prose. */
function listAt(lines: readonly string[], n: number): string {
  const out: string[] = [];
  for (let k = n; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.trim() && !BULLET.test(l)) break;
    out.push(l);
  }
  return out.join('\n');
}

/** A line naming a role on offer ("Backend Engineer: https://…", ">> Data Engineer — Go, Kafka", "SRE: on-call and CI"). */
function roleLine(line: string): boolean {
  const l = line.replace(/^\s*(?:[•·▪◦・･+*–>-]+|\d+[.)])?\s*/, '');
  if (ASKS.test('- ' + l)) return false;
  const head = l.split(/:\s|\s+https?:|\s+[—–]\s|\s+\|\s/)[0]!.trim();
  // (s54) A duty or an ask that ends on people is no role on offer: "Designing platforms on AWS for 50+ engineers",
  // "Mentoring senior engineers" open on a verb in -ing and its object; "Engineering Manager" opens on a noun in a title.
  if (/^[A-Z][a-z]+ing\s+(?:[a-z]|\d)/.test(head)) return false;
  return head.length > 0 && head.length <= 80 && ROLE_TITLE.test(head);
}

/** A part whose lines mostly name roles (at least two): the roles on offer, not what the candidate must have. */
function listsRoles(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() && !/^\s*https?:\S+\s*$/.test(l));
  const roles = lines.filter(roleLine).length;
  return roles >= 2 && roles * 2 >= lines.length;
}

/**
 * Splits a description into sections. Each section's text is an exact slice of
 * the description starting at `offset`, so a mention found in a section maps
 * back to the description (and, for plain text, to the user's file).
 */
/** A field's label in a list of asks: "Education", "Experience", "Skills", "Certification", "License/Certification". */
const ASK_FIELD = /^(?:education|experience|skills|knowledge|abilities|training|certifications?|licen[cs](?:e|es|ure)(?:\s*(?:\/|and|&)\s*certifications?)?)$/i;

/** The nearest line with text before (step -1) or after (step 1) line n, or ''. */
function nearText(lines: readonly string[], n: number, step: 1 | -1): string {
  for (let k = n + step; k >= 0 && k < lines.length; k += step) if (lines[k]!.trim()) return lines[k]!;
  return '';
}

/**
 * Arrows and ticks that open lines as bullets do ("\u2192 Australian citizenship", "\u2713 Terraform"), as the bullet they
 * stand for. Each is one UTF-16 unit, as the bullet is: the offsets into the text hold.
 */
const ARROW_MARKS = /^([^\S\n]*)[\u2192\u2794\u27a1\u21d2\u25b8\u25ba\u27a4\u2713\u2714](?=[^\S\n])/gm;

/** A bullet set inside a line, with a space each side: " \u2022 ". */
const INLINE_BULLET = / \u2022 /g;
/** A short label that ends a sentence's run just before an inline bullet: ". What we need: \u2022", the list's heading. */
const INLINE_LABEL = /(?:^|[.!?] )(?:[^\s.!?:\u2022]+ ){0,5}[^\s.!?:\u2022]+:$/;

/**
 * A list pasted into one line, as LinkedIn's "About the job" gives it ("\u2026 office. What we need: \u2022 4+ years in
 * DevOps \u2022 Strong AWS \u2022 \u2026"): each bullet starts a line, and a short label before a bullet, after a
 * sentence's end, is a line of its own, as the list and its heading were. The space before each is made the line break,
 * so offsets hold. Only for two bullets or more whose items read as phrases (four words on average, none a lone word):
 * names set apart by bullets ("Go \u2022 Rust \u2022 Postgres") stay one line.
 */
function headedBullet(run: string): RegExpExecArray | null {
  const m = /(?<=[^\s.!?:\u2022] )[A-Z][^\s.!?:\u2022]*(?: [^\s.!?:\u2022]+){0,4}:$/.exec(run);
  if (!m) return null;
  const kind = classifyHeading(m[0].slice(0, -1));
  if (!kind || kind === 'other') return null;
  // (The line is cut at the space before the label: INLINE_LABEL's match starts at the sentence's end, one before that space.)
  const out = Object.assign([run.slice(m.index - 2)], { index: m.index - 2, input: run }) as unknown as RegExpExecArray;
  return out;
}

function breakInlineBullets(text: string): string {
  return text.replace(/^.*$/gm, (line) => {
    const at = [...line.matchAll(INLINE_BULLET)].map((m) => m.index);
    if (at.length < 2) return line;
    const words = at.slice(0, -1).map((start, k) => line.slice(start + 3, at[k + 1]).trim().split(/\s+/).length);
    if (words.some((n) => n < 2) || words.reduce((a, b) => a + b, 0) < 4 * words.length) return line;
    let out = line;
    for (const start of at) {
      const lineStart = out.lastIndexOf('\n', start - 1) + 1;
      // (s43: "… 3+ years of C++ Nice to have: • …": a known heading before a bullet ends the list line before it, with no full stop.)
      const label = INLINE_LABEL.exec(out.slice(lineStart, start)) ?? headedBullet(out.slice(lineStart, start));
      out = `${out.slice(0, start)}\n${out.slice(start + 1)}`;
      if (label && label.index > 0) {
        const cut = lineStart + label.index + 1;
        out = `${out.slice(0, cut)}\n${out.slice(cut + 1)}`;
      }
    }
    return out;
  });
}

/**
 * (s55) The mood of a part's lines, read where the heading's words are no known heading ("Your part in it", "DU SOM
 * S\u00d6KS", "You'll fit in if you", "OM <the company>"), so the lines tell the part's kind in any language:
 * - an ask: what the reader has, knows or is ("Have written UI tests", "Know TypeScript well", "You write SQL", "You've
 *   led ..."), a competence named first ("Experience with Kafka", "Flera \u00e5rs erfarenhet av ..."), years, a degree;
 * - a duty: what the reader will do ("You will ...", "Grow our test suite": a verb of the work over its object);
 * - a perk: an amount of pay, leave, a contract, cover;
 * - the company's story: prose whose first sentence has a name for its subject and a verb in the present ("Acme
 *   insures farms ...", "Str\u00f6mlinga hanterar betalningar ..."), and says nothing of the reader or of what is needed.
 */
const MOOD_ASK =
  /^(?:(?:have|know|understand|can|are|bring|hold|speak|possess)\b|(?:du\s+)?(?:har|\u00e4r|kan|talar|beh\u00e4rskar|trivs|k\u00e4nner|taler|snakker|behersker|trives|kender|kjenner|er\s+(?!med\s+til\b))(?![\p{L}])|du\s+(?:hast|bist|kennst|sprichst|beherrschst|verf\u00fcgst|bringst|studierst|besitzt|kannst|wei\u00dft)(?![\p{L}])|you(?:(?:'|\u2019)ve|\s+have)\b|you(?:(?:'|\u2019)re|\s+are)\s+(?!going\s+to\b)|you\s+(?!will\b|(?:'|\u2019)ll\b|may\b|might\b|would\b|could\b|can\s+expect\b|get\b|receive\b|join\b|report\b|work\s+(?:with|on|alongside|across)\b|help\b)[a-z]+\b|(?:[\p{L}-]+\s+){0,2}?(?:experience|knowledge|familiarity|proficiency|expertise|fluency|background|understanding|erfarenhet|erfaring|erfahrung|kenntnisse|experiencia|experi\u00eancia|conocimientos?|exp\u00e9rience|connaissances?|esperienza|ervaring|kunskap(?:er)?|kennis)(?![\p{L}])|(?:an?\s+)?(?:(?:bachelor|master)(?:'|\u2019)?s?|degree|phd)\b|(?:at\s+least\s+|minimum\s+(?:of\s+)?)?\d{1,2}\s*\+?\s*(?:years?|yrs)\b)/iu;
const MOOD_DUTY =
  /^(?:you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)re\s+going\s+to|\s+are\s+going\s+to)\s|(?:build|design|develop|maintain|run|own|lead|write|review|grow|set\s+up|pair|ship|help|support|test|plan|answer|clean\s+up|automate|administer|respond|port|train|harden|mentor|create|manage|drive|define|deliver|improve|tune|implement|deploy|operate|monitor|collaborate|partner|coordinate|work\s+(?:with|on|alongside)|rebuild|rewrite|refactor|migrate|cut|reduce|speed\s+up|extend|investigate|troubleshoot|document|prepare|analy[sz]e|configure|install|handle|track|scale|optimi[sz]e|debug|fix|evaluate|prototype|launch|integrate|replace|audit|patch|shape|research|teach|present|oversee|supervise|establish|refine|draft|coach)\s+(?!(?:well|independently|autonomously)\b)\S|\p{L}+r\u00e1s\s)/iu;
const MOOD_PERK =
  /[$\u20ac\u00a3]\s?\d|\d[\d.,\s]*\s?(?:k\s?)?(?:\u20ac|EUR|USD|GBP|SEK|NOK|DKK|PLN|CHF|kr)\b|\d\s?[\u20ac$\u00a3](?!\w)|\b(?:salary|salario|sal\u00e1rio|gehalt|salaire|pension|holidays?|vacation|paid\s+leave|days\s+off|urlaub|semester|vacaciones|cong\u00e9s|insurance|seguro|contrato|contrat|contract|equity|401\(k\)|dental|medical|mutuelle)\b|pension|pensjon|kollektivavtal|forsikring|f\u00f6rs\u00e4kring|friskv\u00e5rd|urlaubstage|\b(?:hours?|stunden|timmar|timer|horas|heures|uur)\s+(?:a|per|pro|i|om|por|par|de)\s+(?:week|woche|veckan?|ugen?|uken?|semana|semaine)\b/i;
/**
 * (s57 tune) A public board's summary that places the position in its office before anything else: "This position is in the
 * Forest Service's geospatial office, which ...", "This position is located within the Office of Information Security":
 * the employer's story, as a company named as the subject is (USAJobs' "Summary").
 */
const POSITION_PLACED = /^(?:[Tt]his|[Tt]he)\s+(?:position|job|vacancy)\s+is\s+(?:located\s+|based\s+|placed\s+)?(?:in|within|with|part\s+of)\s+(?:the\s+)?[A-Z][\w'\u2019.&-]*/;
const COMPANY_SAYS = /^(?:The\s+)?([A-Z\u00c0-\u00de][\p{L}&'.-]*)((?:\s+[A-Z\u00c0-\u00de][\p{L}&'.-]*){0,5})\s+\p{Ll}+(?:s|r)\s/u;
/**
 * (s55) The company as the prose's subject: a name of two capitalised words or more ("Hollins Mutual insures ..."), or one
 * that the posting's first lines name too ("Str\u00f6mlinga AB" above "Str\u00f6mlinga hanterar ..."); not a verb that opens a
 * duty ("Take our deploys ...", "Own our cloud ...", "Technical partner to ...").
 */
function companySays(prose: string, head: string): boolean {
  if (POSITION_PLACED.test(prose)) return true;
  const m = COMPANY_SAYS.exec(prose);
  if (!m) return false;
  if (m[2]!.trim()) return true;
  const name = m[1]!.replace(/[.'-]+$/, '');
  return name.length >= 3 && new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(head);
}
const READER_OR_NEED = /\b(?:you|your|du|dig|tu|vous|sie|jij|je|t\u00fa)\b|\b(?:must|need|needs|required|requirements?|experience|should|years)\b/i;
/** (s55) Words of an ask that no perk or duty line holds: a line with one is never re-read as a perk or by its place. */
const ASK_WORDS = /\b(?:must|need|needs|required|requirements?|eligib\w*|authori[sz]\w*|right\s+to\s+work|visa|licen[cs]e|degree|fluent|fluency|clearance|skills?|abilit(?:y|ies)|able\s+to|certifi\w*|english|proficien\w*|knowledge|experience[ds]?)\b/i;
/** (s55) What the lines under a heading of no known words say they are, or null when they do not say it plainly. */
function moodKind(text: string, head = ''): SectionKind | null {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length === 0) return null;
  if (lines.every((l) => BULLET.test(l))) {
    const bare = lines.map((l) => l.replace(/^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*/, '').trim());
    const asks = bare.filter((l) => MOOD_ASK.test(l)).length;
    const perks = bare.filter((l) => MOOD_PERK.test(l)).length;
    const duties = bare.filter((l) => MOOD_DUTY.test(l) && !MOOD_ASK.test(l)).length;
    if (asks * 2 > bare.length && duties === 0) return 'requirements';
    if (duties * 2 > bare.length && asks === 0) return 'responsibilities';
    if (perks === bare.length && !bare.some((l) => ASK_WORDS.test(l))) return 'benefits';
    return null;
  }
  const prose = lines.join(' ').trim();
  return lines.length <= 4 && !lines.some((l) => BULLET.test(l)) && companySays(prose, head) && !READER_OR_NEED.test(prose) ? 'about' : null;
}
/**
 * (s55) A short line set off as a heading (a blank line or the posting's start above it, text right under it), whose words
 * are no known heading: up to six words, no sentence, no number, no role's title, no line of fields or address.
 */
function setOffLine(lines: readonly string[], n: number): boolean {
  const l = lines[n]!.trim();
  if (!l || BULLET.test(lines[n]!) || (n > 0 && lines[n - 1]!.trim()) || !(lines[n + 1] ?? '').trim()) return false;
  if (l.length > 50 || l.split(/\s+/).length > 6 || /[.!;,:]$|\d|@|https?:|\s[|\u00b7\u2013\u2014-]\s|[()]/.test(l)) return false;
  if (ROLE_TITLE.test(l) && !HEADING_START.test(l)) return false;
  return /^[\p{Lu}\p{Lt}]/u.test(l);
}
/** (s55) The text right under line n: its list, or its paragraph up to a blank line. */
function textUnder(lines: readonly string[], n: number): string {
  if (BULLET.test(lines[n + 1] ?? '')) return listAt(lines, n + 1).trimEnd();
  const out: string[] = [];
  for (let k = n + 1; k < lines.length && lines[k]!.trim() && !BULLET.test(lines[k]!); k++) out.push(lines[k]!);
  return out.join('\n');
}
/**
 * (s55) The kind of a set-off line of no known words: its lines' mood (moodKind); else, for a list of phrases none of which
 * asks, names pay or is a bare name, its place: right before the asks (the next heading's part is read as asks) and after
 * the company's story or the title, a list is the work (postings put the duties there: "DET H\u00c4R BLIR DITT JOBB").
 */
function setOffKind(lines: readonly string[], n: number, before: SectionKind, asksHeaded: boolean): SectionKind | null {
  const under = textUnder(lines, n);
  const mood = moodKind(under, lines.slice(0, Math.min(3, n)).join('\n'));
  // (Asks by their mood only where the posting heads its asks or wishes elsewhere: with no such heading every line of it is
  // read for asks already, and a part of asks made here would narrow that reading to this list.)
  // (s56: unless the part above is the company's story, the duties or the perks, whose lines are not read for asks: there the
  // list would be lost, "VILK\u00c5 \u00c4R VI" / ... / "VI HOPPAS ATT DU" / "- har minst tre \u00e5rs erfarenhet ...".)
  if (mood === 'requirements' && !asksHeaded) return null;
  if (mood) return mood;
  if (!BULLET.test(lines[n + 1] ?? '') || (before !== 'about' && before !== 'other')) return null;
  const items = under.split('\n').filter((l) => l.trim()).map((l) => l.replace(/^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*/, '').trim());
  if (items.length < 2 || items.some((l) => l.split(/\s+/).length < 3 || MOOD_ASK.test(l) || MOOD_PERK.test(l) || ASK_WORDS.test(l) || /,\s*\S+,/.test(l))) return null;
  let k = n + 1;
  while (k < lines.length && (!lines[k]!.trim() || BULLET.test(lines[k]!))) k++;
  if (k >= lines.length) return null;
  const next = lines[k]!.trim().replace(/[\s*:]+$/, '');
  const nextKind = classifyHeading(next) ?? (setOffLine(lines, k) ? moodKind(textUnder(lines, k)) : null);
  return nextKind === 'requirements' ? 'responsibilities' : null;
}
/** (s56) A heading left open on the reader as the subject its list's lines finish: "... ATT DU", "... if you", "... AT DU". */
const OPEN_ON_READER = /(?<![\p{L}])(?:du|you|jij|je|tu|vous|sie)$/iu;
/** (s56) A word that adds to what came before, in the languages postings are written in: "also", "extra", "ocks\u00e5", "ogs\u00e5", "auch". */
const ADDS = /(?<![\p{L}])(?:also|too|additionally|extra|bonus|plus|even|auch|zus\u00e4tzlich|au\u00dferdem|ocks\u00e5|\u00e4ven|dessutom|ogs\u00e5|derudover|dessuten|aussi|\u00e9galement|tambi\u00e9n|adem\u00e1s|tamb\u00e9m|ook|bovendien|anche|inoltre)(?![\p{L}])/iu;
/** (s55) A paragraph of the logistics after a list: how and by when to apply, how the hiring goes. */
const LOGISTICS =
  /\b(?:apply|applications?|applicants?\s+(?:should|must|can)|submit|send\s+(?:us\s+)?(?:your|a|an)\s+(?:cv|resume|r\u00e9sum\u00e9|application|letter)|deadline|closing\s+date|interviews?|recruitment|hiring\s+process|(?:the|our)\s+(?:interview\s+|hiring\s+|selection\s+)?process\s+(?:is|has|takes|looks)|take-?home|we\s+(?:reply|respond|answer|get\s+back)\s+to\s+(?:every|all|each)\w*|(?:every|each)\s+applicant\s+(?:hears?|gets?)\b|hears?\s+back\s+from\s+us)\b|(?<![\p{L}])(?:ans\u00f6kan|ans\u00f6k\p{L}*|urval|bewerb\p{L}*|candidatur\p{L}*|postul\p{L}*|solicitud\p{L}*|sollicit\p{L}*|s\u00f8knad\p{L}*|ans\u00f8g\p{L}*|samtaler|entretiens?)(?![\p{L}])/iu;

/**
 * (s57 tune) The logistics in the other languages postings are written in: the CV asked for ("T\u011b\u0161\u00edme se na V\u00e1\u0161 \u017eivotopis",
 * "Lähetä ansioluettelosi"), the deadline or the call ("Haku p\u00e4\u00e4ttyy 30.4.", "hakemuksesi"), the data-protection clause a Polish or
 * Czech posting asks applicants to add ("klauzula zgody na przetwarzanie danych osobowych", "GDPR", "RODO"), the selection
 * ("v\u00fdb\u011brov\u00e9 \u0159\u00edzen\u00ed", "processo seletivo", "rekrutacja", "colloquio"), and whom to ask ("Lis\u00e4tietoja antaa", "Sp\u00f8rsm\u00e5l om stillingen",
 * "Fr\u00e5gor om tj\u00e4nsten", "Heb je vragen?"): a paragraph of them after a list ends its part, as LOGISTICS does.
 * (s58 tune: Turkish and Romanian too: "Başvurular ... değerlendirilecektir", "özgeçmiş", "mülakat", "Aplică ...", "interviu".)
 * (s59b tune: Hungarian and Slovak too: "A jelentkez\u00e9seket bizalmasan kezelj\u00fck", "\u00f6n\u00e9letrajz", "... telefonicky na \u010d\u00edsle ...".)
 */
const LOGISTICS_ABROAD =
  /(?<![\p{L}])(?:cv|curriculum|curr\u00edculo|\u017eivotopis\p{L}*|\u017cyciorys\p{L}*|ansioluettelo\p{L}*|hakemu\p{L}*|haku(?:aika|\s+p\u00e4\u00e4ttyy)|hae\s+\p{L}+|rekrutac\p{L}*|aplikac\p{L}*|aplikuj\p{L}*|klauzul\p{L}*|danych\s+osobowych|osobn\u00edch\s+\u00fadaj\u016f|rodo|gdpr|v\u00fdb\u011brov\p{L}*\s+\u0159\u00edzen\p{L}*|pohovor\p{L}*|reagujte|processo\s+seletivo|etapas\s+do\s+processo|colloqui\p{L}*|selezione|lis\u00e4tie\p{L}*|selectie\p{L}*|assessments?|sollicitatie\p{L}*|sp\u00f8rsm\u00e5l|sp\u00f8rgsm\u00e5l|fr\u00e5gor|fragen|vragen|pytania|pyta\u0144|dotaz\p{L}*|domande|preguntas|d\u00favidas|ba(?:\u015f|s)vuru\p{L}*|\u00f6zge\u00e7mi\u015f\p{L}*|m\u00fclakat\p{L}*|aplic(?:a|\u0103)\p{L}*|interviu\p{L}*|jelentkez\p{L}*|\u00f6n\u00e9letrajz\p{L}*|telefonick\p{L}*|kontaktuj\p{L}*)(?![\p{L}])/iu;

/** (s57) "Why Kitefold?", "Why Acme": a why-heading that names the company, not joining or working ("Why join us?"). */
const WHY_NAME = /^why\s+(?!(?:join|work|you|apply|should|us|this|the)\b)[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\??$/i;
/**
 * (s61 tune) "Why Pondhopper", "Why Acme Labs": a why-heading that names a name in capitals, with no question mark; the perks
 * where the name is the company's, the posting's first lines opening on it (companyHeading). ("Why Rust" names a tool.)
 */
const WHY_NAME_BARE = /^[Ww]hy\s+(?!(?:This|That|It|Now|We|You|Our|Us|The|Not|Join|Work|Apply|Should|Do|Does|Is|Are|What|How)\b)(\p{Lu}[\p{L}\d&.'-]*(?:\s+\p{Lu}[\p{L}\d&.'-]*){0,2})$/u;
/** (s61 tune) Whether a "Why <Name>" line names the company: a line of the posting's head, or its first paragraph, opens on the name. */
function companyHeading(line: string, before: readonly string[]): boolean {
  const m = WHY_NAME_BARE.exec(line.trim().replace(/[\s*:]+$/, ''));
  if (!m) return false;
  const name = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opens = new RegExp(`^\\s*(?:the\\s+)?${name}(?:\\s*[\u00b7|,\u2013\u2014-]|\\s+(?:is|are|was|makes|builds|runs|sells|helps|has)\\b)`, 'iu');
  return before.filter((l) => l.trim()).slice(0, 6).some((l) => opens.test(l));
}
/** (s57) Words of what a job gives: a why-heading's prose that names one is the perks. */
const WHY_PERK_WORDS = /\b(?:benefits?|perks?|salary|salaries|pension|holidays?|vacation|leave|equity|stock|options|bonus(?:es)?|insurance|401\s?\(?k|stipend|budget|remote|flexib\w+|offers?|pay|pays|paid|four-day|learning|growth|career)\b/i;

/**
 * (s62b tune) A clause that says what it introduces is wished, not asked: "... would be preferred", "... is a plus", "... are
 * nice to have", "we'd love to see" (not said in the negative: "is not preferred").
 */
const WISH_CLAUSE =
  /\b(?:(?:is|are|would\s+be|will\s+be|would\s+all\s+be)\s+(?:(?:also|especially|highly|strongly|very\s+much)\s+)?(?:preferred|desirable|desired|a\s+(?:plus|bonus)|nice\s+to\s+have|an\s+advantage|advantageous)|(?:we(?:'|\u2019)d|we\s+would)\s+(?:love|like)\s+to\s+see)\b/i;
/** (s62 tune) A heading that introduces the team the hire joins: "About the team", "The team", "Meet the team", "Our team". */
const TEAM_HEADING = /^(?:about\s+(?:the|our|this|your)\s+team|(?:the|our|your)\s+team|meet\s+(?:the|your|our)\s+team|the\s+team\s+you(?:'|\u2019)ll\s+join)$/i;
/** (s62 tune) A sentence that asks of the reader: years of a thing, what the reader should be or have, whom the team is hiring. */
const PROSE_ASK =
  /\b(?:(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:or\s+more\s+|plus\s+)?years?\s+(?:of|with|in)\s|you\s+(?:should|must|will\s+need\s+to|need\s+to)\s+(?:also\s+)?(?:be|have|know|hold|speak)\b|(?:we(?:'|\u2019)re|we\s+are)\s+(?:hiring|looking\s+for|seeking)\s+(?:someone|somebody|a\s+person|an?\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:with|who\s+(?:has|knows|is|brings|can))\b|the\s+(?:person|candidate|engineer|hire|colleague)\s+(?:we\s+need|we(?:'|\u2019)re\s+(?:looking\s+for|after))\s+(?:has|is|knows|brings|can)\b|you(?:(?:'|\u2019)ve|\s+have)\s+(?:already\s+)?(?:\w+\s+){0,2}?(?:worked|built|integrated|shipped|run|used|led)\b|(?:experience|familiarity)\s+(?:with|in)\s+[^.]{1,60}?\b(?:is\s+(?:a\s+must|required|essential|a\s+plus)|will\s+help)\b)/i;
const READER_ASKED = /\b(?:you|someone|somebody|person|candidate|hire)\b/i;
/** (s62 tune) Prose (no list) of which two sentences or more ask of the reader (PROSE_ASK, the reader named). */
function teamAsks(text: string): boolean {
  if (!text.trim() || text.split('\n').some((l) => BULLET.test(l))) return false;
  return text.split(/(?<=[.!?])\s+/).filter((s) => PROSE_ASK.test(s) && READER_ASKED.test(s)).length >= 2;
}

/** (s61 tune) A heading that says what follows is the posting told short. */
const SUMMARY_HEADING = /^(?:tl;?\s?dr|at a glance|in short|in brief|the short version|in a nutshell|the gist)$/i;
/** (s61 tune) A word of the job's terms: the pay by its amount, where and how it is worked, the contract. */
const TERMS_WORD = /\b(?:remote|hybrid|on-?site|in[- ]office|relocation|full[- ]time|part[- ]time|four-day\s+week|equity|options|visa)\b/i;
const PAY_AMOUNT = /[$\u20ac\u00a3]\s?\d|\d\s?[kK]\b|\d\s?(?:\u20ac|EUR|USD|GBP)\b/;
/** (s61 tune) Whether a summary's text tells the job's terms: the pay, or two lines (or sentences) of its terms. */
function jobTerms(text: string): boolean {
  if (PAY_AMOUNT.test(text)) return true;
  return text.split(/\n|(?<=[.;])\s+/).filter((l) => TERMS_WORD.test(l)).length >= 2;
}
/**
 * (s61 tune) A list right after the lead's paragraph, with no heading, whose lines are the work ("- Ship new features to
 * ...", "- Review pull requests ..."), in a posting that heads its asks but not its duties: the duties start where the list
 * does. Half its lines or more open on a verb of the work; none asks, names an ask's words or pays.
 */
function leadDuties(lines: readonly string[], n: number): boolean {
  let k = n - 1;
  while (k >= 0 && !lines[k]!.trim()) k--;
  if (k < 0 || BULLET.test(lines[k]!) || !/[.!]\s*$/.test(lines[k]!) || lines[k]!.trim().split(/\s+/).length < 8) return false;
  const items = listAt(lines, n).split('\n').filter((l) => l.trim()).map((l) => l.replace(/^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*/, '').trim());
  if (items.length < 3 || items.some((l) => MOOD_ASK.test(l) || ASK_WORDS.test(l) || MOOD_PERK.test(l))) return false;
  return items.filter((l) => MOOD_DUTY.test(l)).length * 2 >= items.length;
}

export function splitSections(text: string): PostingSection[] {
  // (s43: "→ What does the job look like?" over prose: an arrow before a known heading marks the heading, not a list line.)
  const description = breakInlineBullets(
    text.replace(ARROW_MARKS, (m: string, sp: string, at: number, whole: string) => {
      const end = whole.indexOf('\n', at);
      const rest = whole.slice(at + m.length, end < 0 ? whole.length : end).trim();
      const kind = rest ? headingKind(rest) : null;
      // (s44: "\u2192 Time series forecasting, ideally hierarchical" among lines opened by arrows is a line of their list,
      // whatever heading word it holds.)
      const lineAt = whole.lastIndexOf('\n', at - 1) + 1;
      const near = [whole.slice(0, Math.max(0, lineAt - 1)).split('\n').reverse().find((l) => l.trim()), whole.slice(end < 0 ? whole.length : end + 1).split('\n').find((l) => l.trim())];
      const inList = near.some((l) => l !== undefined && new RegExp(ARROW_MARKS.source).test(l));
      return kind && kind !== 'unknown' && !inList ? m : `${sp}\u2022`;
    }),
  );
  const sections: PostingSection[] = [];
  let current: PostingSection = { kind: 'other', heading: '', text: '', offset: 0 };
  let bodyStart = 0;
  let bodyEnd = 0;
  const flush = (): void => {
    const raw = description.slice(bodyStart, bodyEnd);
    // (A list set in, "  - Phoenix" / "  - Rust", keeps its first line's indent, so that line reads level with the rest.)
    const setIn = /^(?:[ \t]*\n)*([ \t]+)(?=\S)/.exec(raw);
    const lead = setIn && BULLET.test(raw.slice(setIn[0].length - setIn[1]!.length)) ? setIn[0].length - setIn[1]!.length : raw.length - raw.trimStart().length;
    current.text = raw.slice(lead).trimEnd();
    current.offset = bodyStart + lead;
    // (Not under a heading that waives its list or says who should not apply: "We don't care about:", "Not for you if:".)
    if ((current.kind === 'about' || current.kind === 'other') && listAsks(current.text) && !waivedHeading(current.heading) && !notFitHeading(current.heading)) current.kind = 'requirements';
    // (s44) "| | Must | Nice |" over rows of cells: a table whose columns say what is asked and what is wished is asks, whatever
    // its heading says ("The role in a table").
    else if (current.kind !== 'requirements' && current.kind !== 'preferred' && current.kind !== 'benefits' && pipeHeadAsks(current.text)) current.kind = 'requirements';
    // (s44) A list under a heading of no known words ("\u{1F36B} Snacks for the road", "\u{1F4B8} The bag"): a list that says
    // of itself that it is optional is wishes; one that opens on the pay is the perks.
    else if (current.kind === 'other' && current.heading && classifyHeading(current.heading) === null && BULLET.test(current.text)) {
      if (LIST_OPTIONAL.test(current.text)) current.kind = 'preferred';
      else if (PAY_FIRST.test(current.text)) current.kind = 'benefits';
      // (s56) "[ What Sets You Apart ]" over "- Experience with Epic Cadence": right after the asks or the wishes, a list of no
      // known heading with a line that asks goes on with the part above (as it did before a bracket frame headed a part).
      else if ((sections.at(-1)?.kind === 'requirements' || sections.at(-1)?.kind === 'preferred') && current.text.split('\n').some((l) => MOOD_ASK.test(l.replace(/^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65+*\u2013-]|\d+[.)])\s*/, '').trim()) || ASK_WORDS.test(l))) current.kind = sections.at(-1)!.kind;
      // (s56) "\u{1F9ED} Where you'd start" over "- Rebuild our onboarding" / "- Work with our iOS engineer": the mood of its lines,
      // as a set-off line's (moodKind); asks were read above (listAsks).
      else if (moodKind(current.text, description.split('\n', 3).join('\n')) !== 'requirements') current.kind = moodKind(current.text, description.split('\n', 3).join('\n')) ?? 'other';
    }
    // (s56) "\u{1F30A} Tidewell in two lines" over "Tidewell is a sleep coaching app ...": prose under a heading of no known words
    // whose subject is the company is its story.
    // (Not the posting's first part: "## Staff Data Engineer @ Marrowbone" over the company's line is the title's block.)
    else if (current.kind === 'other' && current.heading && sections.length > 0 && classifyHeading(current.heading) === null && moodKind(current.text, description.split('\n', 3).join('\n')) === 'about') current.kind = 'about';
    // (s57 tune) "Why Kitefold?" over "Kitefold lets climbing gyms sell memberships ...": a "Why <name>" heading (the perks by its
    // words) over prose that is the company's story (moodKind), naming no perk, is that story. ("Why join us?" and a list stay
    // the perks.)
    else if (current.kind === 'benefits' && WHY_NAME.test(current.heading.replace(/^[#\s*]+|[\s*:]+$/g, '')) && !BULLET.test(current.text) && !WHY_PERK_WORDS.test(current.text) && moodKind(current.text, description.split('\n', 3).join('\n')) === 'about') current.kind = 'about';
    // (s55) "Informaci\u00f3n adicional", "Additional information" (a heading of no kind) over a list whose every line is pay, leave
    // or the contract (moodKind): the perks. (s58 tune: or most of whose lines name a perk and none asks, perkList: "Informações
    // adicionais" over "- Plano de saúde ...", "- Auxílio home office".)
    else if (current.kind === 'other' && current.heading && classifyHeading(current.heading) === 'other' && !APPLY_HEADING.test(headingWords(current.heading)) && (moodKind(current.text) === 'benefits' || perkList(current.text))) current.kind = 'benefits';
    // (s54 tune) "Good to know" over notes on the job ("We work 9 to 4 Eastern", "There's one on-site week a year", "The
    // hiring process is two calls"): the logistics, no wishes; over things to know ("Kafka", "Some Rust") it stays a wish.
    else if (current.kind === 'preferred' && /^(?:also\s+)?good to know$/i.test(current.heading.replace(/[\s*:]+$/, '').replace(/^[#\s*]+/, '')) && notesOnly(current.text)) current.kind = 'other';
    // "Job Description:" over "- Hands on experience in …" / "- Should have …": a heading that names the whole posting, over
    // a list that mostly asks, heads the asks.
    // (s58b tune: not a list whose lines are the reader's duties, "- You will program in C ...", "- You will review ...".)
    else if (current.kind === 'responsibilities' && WHOLE_JOB.test(current.heading) && listAsks(current.text) && !dutiesToReader(current.text)) current.kind = 'requirements';
    // (s55) "Job Summary" / "ABOUT THE ROLE" over "Acme insures farms in eleven states. ...": a part read as the duties by its
    // heading whose prose is the company's story (moodKind), saying nothing of the reader or of a need, is about.
    else if (current.kind === 'responsibilities' && current.heading && moodKind(current.text, description.split('\n', 3).join('\n')) === 'about') current.kind = 'about';
    // "Looking for:" / "Backend Engineer: https://…" / "Data Engineer: https://…": roles on offer.
    else if (current.kind === 'requirements' && listsRoles(current.text)) current.kind = 'responsibilities';
    // (s62 tune) "About the team" over prose that asks of the reader in two sentences or more ("We're hiring someone with three
    // or more years of ...", "You should be comfortable ..."): the asks, told where the team is introduced (teamAsks). Prose
    // that only tells the team, or a list, stays about.
    if (current.kind === 'about' && TEAM_HEADING.test(headingWords(current.heading)) && teamAsks(current.text)) current.kind = 'requirements';
    // (s61 tune) "TL;DR" / "At a glance" over the job's terms ("- Remote within CET \u00b12", "- \u20ac85k\u2013\u20ac105k + options", "- Senior
    // Platform Engineer at ..."): the posting's lead told short, no story of the company (a summary of what the company does,
    // with no pay and at most one word of the terms, stays about).
    if (current.kind === 'about' && SUMMARY_HEADING.test(headingWords(current.heading)) && jobTerms(current.text)) current.kind = 'other';
    // (A heading with nothing under it that says an amount or a span, "Salary £70k–£85k" as the last line, stays for the
    // facts that read headings; its text is empty.)
    if (current.text || (current.heading && /\d/.test(current.heading))) sections.push(current);
  };
  /** Whether the current section has a heading and nothing under it yet. */
  const bare = (): boolean => current.heading !== '' && !description.slice(bodyStart, bodyEnd).trim();
  const lines = description.split('\n');
  // (s55) Whether the posting heads a part of asks or wishes somewhere (setOffKind).
  const asksHeaded = lines.some((l, i) => {
    const k = BULLET.test(l) ? null : (headingKind(l) ?? inlineHeading(l)?.kind ?? null);
    // (s56) So does a set-off line left open on the reader, "VI HOPPAS ATT DU", "VI FORESTILLER OS, AT DU", whose list
    // finishes it in the mood of asks ("- har minst tre \u00e5rs erfarenhet ...", "- kan Azure DevOps"): a heading of asks by its
    // form, whatever its words.
    return k === 'requirements' || k === 'preferred' || (k === null && setOffLine(lines, i) && OPEN_ON_READER.test(l.trim()) && BULLET.test(lines[i + 1] ?? '') && moodKind(textUnder(lines, i)) === 'requirements');
  });
  // (s61 tune) Whether the posting heads its duties somewhere (leadDuties).
  const dutiesHeaded = lines.some((l) => !BULLET.test(l) && (headingKind(l) === 'responsibilities' || inlineHeading(l)?.kind === 'responsibilities'));
  let pos = 0;
  /** The section an inline heading interrupted: it resumes at the next blank line (or the next line, after a list line). */
  let resume: { kind: SectionKind; heading: string; next: boolean } | null = null;
  /** The part a heading set in under one of its list lines interrupted ("- On call?" / "  Good to know:" / "  - Rust"): it
   * resumes at the next line set out less far than that heading. */
  let nested: { kind: SectionKind; heading: string; indent: number } | null = null;
  /** Whether the line before was text of the current section (not a heading, not blank). */
  let afterText = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const lineEnd = pos + line.length;
    const indent = line.length - line.trimStart().length;
    if (nested && line.trim() && indent < nested.indent) {
      flush();
      current = { kind: nested.kind, heading: nested.heading, text: '', offset: 0 };
      nested = null;
      resume = null;
      bodyStart = bodyEnd = pos;
    }
    if (resume?.next) {
      // The list line of its own kind ("- Bonus: Kafka") is over: the list goes on in the part it interrupted.
      flush();
      current = { kind: resume.kind, heading: resume.heading, text: '', offset: 0 };
      resume = null;
      bodyStart = bodyEnd = pos;
    }
    // (s43: "📮 Apply with a link to …": a mark or an emoji before it is no part of the line's words.)
    const applyLine = !BULLET.test(line) && (APPLY_LINE.test(line) || (NO_AGENCIES_FIRST.test(line) && APPLY_LINE.test(line.replace(NO_AGENCIES_FIRST, ''))) || (/^[^\p{L}\p{N}#*\s]+\s*\p{L}/u.test(line) && APPLY_LINE.test(line.replace(/^[^\p{L}\p{N}#*]+/u, ''))) || APPLY_WITH.test(line) || APPLY_ABROAD.test(line) || APPLY_ABROAD_S61.test(line));
    // Inside a part of no kind the line stays its text; it is never a heading of another kind ("Apply now to join our mission:").
    const apply = applyLine && current.kind !== 'other';
    let inline = applyLine ? null : inlineHeading(line);
    // (s54 tune, s53's known miss) "Qualifications" then "Specialized Experience: To qualify, you need \u2026" (USAJobs), "Requirements"
    // then "Minimum experience: three years \u2026": a qualification's field label opening the first line under a heading of asks
    // is that line's lead-in, no part of its own (the heading's part goes on, and holds it).
    if (inline && inline.kind === 'requirements' && current.kind === 'requirements' && bare() && /^(?:(?:specialized|specialised|general|minimum|basic|required|qualifying)\s+)?experience$/i.test(inline.heading.replace(/[\s*:]+$/, '').trim())) inline = null;
    // "Kraken Post is hiring: Senior iOS Engineer" as the posting's first line: its title, no list of the roles on offer.
    if (inline?.kind === 'responsibilities' && !description.slice(0, pos).trim() && ROLE_TITLE.test(line.slice(inline.at).trim()) && !/[,;]|\band\b/.test(line.slice(inline.at))) inline = null;
    // (s45: "We offer 30 days of holiday, …" as a paragraph of its own after the asks: the offer starts the perks, with no heading.)
    const afterAsks = current.kind === 'requirements' || current.kind === 'preferred' || (current.kind === 'other' && !description.slice(bodyStart, pos).trim() && (sections.at(-1)?.kind === 'requirements' || sections.at(-1)?.kind === 'preferred'));
    // ("Salary 50\u201362k SEK/month." the same, the pay's label and its amount with no colon.)
    // (s59b tune: "Cascade Valley Credit Union offers medical, dental, 401(k) ...": the employer by its name offering perks, COMPANY_OFFERS.)
    const offerPara = !inline && !applyLine && afterAsks && !BULLET.test(line) && n > 0 && !lines[n - 1]!.trim() && (OFFER_OPENS.test(line) || PAY_OPENS.test(line) || COMPANY_OFFERS.test(line));
    let kind = inline || applyLine || offerPara ? null : headingKind(line);
    // (s44: "\u2705 Python" / "\u2705 Docker", "\u{1F40D} Python" / "\u2601\uFE0F AWS": pictographs that open line after line are the
    // list's bullets; only one set off, a blank line above it and no pictograph on the line below, heads a part.)
    if (kind === 'unknown' && PICTOGRAPH.test(line) && ((n > 0 && lines[n - 1]!.trim() !== '') || PICTOGRAPH.test(nearText(lines, n, 1)))) kind = null;
    // (s61 tune) "Why Pondhopper" set off over a list, the company by its name (companyHeading): the perks, as "Why Pondhopper?" is.
    if (kind === null && !inline && !applyLine && !lines[n - 1]?.trim() && BULLET.test(lines[n + 1] ?? '') && companyHeading(line, lines.slice(0, n))) kind = 'benefits';
    // "Ways to stand out from the crowd" alone between a blank line and a list: a longer known heading, set off as one.
    if (kind === null && !inline && !applyLine && !lines[n - 1]?.trim() && BULLET.test(lines[n + 1] ?? '')) kind = headingSetOff(line);
    // (s55) A short line set off as a heading whose words are no known heading ("Your part in it", "DU SOM S\u00d6KS", "OM
    // <the company>"): a heading where the lines under it say their kind by their mood, or by their place (setOffKind).
    // (Over a paragraph only after the posting's first part: the title's block is no heading.)
    // (Not inside a part of asks or wishes: a line set off there names a group of its lines, whatever their mood.)
    if (kind === null && !inline && !applyLine && current.kind !== 'requirements' && current.kind !== 'preferred' && setOffLine(lines, n) && (BULLET.test(lines[n + 1] ?? '') || description.slice(0, pos).trim()))
      kind = setOffKind(lines, n, current.text || description.slice(bodyStart, pos).trim() ? current.kind : (sections.at(-1)?.kind ?? 'other'), asksHeaded);
    // (s56) Inside a part of asks or wishes, a set-off line of no known words still heads a part of its own where its lines are
    // no group of the asks: every line pay, leave or the contract is the perks ("DETTA F\u00c5R DU", "Darauf kannst du dich
    // freuen"); and after the asks, a line that says the list ADDS to them ("EXTRA PLUS OM DU", "DET T\u00c6LLER OGS\u00c5 MED",
    // "Also worth having") over a list is the wishes. (A group's name, "Backend" / "- Go", neither adds nor pays.)
    if (kind === null && !inline && !applyLine && (current.kind === 'requirements' || current.kind === 'preferred') && setOffLine(lines, n) && BULLET.test(lines[n + 1] ?? '')) {
      const under = textUnder(lines, n);
      if (moodKind(under) === 'benefits') kind = 'benefits';
      else if (current.kind === 'requirements' && ADDS.test(line) && !under.split('\n').some((l) => MOOD_PERK.test(l))) kind = 'preferred';
    }
    // (s53 tune, and s52's known miss) "You" or "You are", alone on its line with a list under it, in the paragraph's case:
    // the person asked for, as "YOU" in capitals is. (A label with its text on the line, "You: solid Go; \u2026", stays as it was.)
    if ((kind === null || kind === 'unknown') && !inline && !applyLine && YOU_ALONE.test(line) && BULLET.test(nearText(lines, n, 1))) kind = 'requirements';
    // "Requirements:" / "5+ years of Go" / "Production experience in AWS": a short line with no colon, right under a line
    // of the section and of the section's own kind, goes on with its list ("experience", "skills" make it look like a heading).
    if (kind && kind !== 'unknown' && afterText && kind === current.kind && !/:\**\s*$/.test(line)) kind = null;
    // "Open roles:" / "Engineering:": a heading of no kind (or of the same kind) right under a heading names a group of the part above.
    if (kind && (kind === 'unknown' || kind === current.kind) && bare()) kind = null;
    // "Preferred Qualifications" then a table of "Certification" | "CPP", "Experience" | "…": a field's label, with no
    // colon, among the wishes' rows (no list line before or after it: a table's cells, flattened) names a group of the
    // wishes, not asks. (After a list of wishes, "Experience" over a list heads asks again.)
    if (kind === 'requirements' && current.kind === 'preferred' && !/:\**\s*$/.test(line) && ASK_FIELD.test(line.trim()) && !BULLET.test(nearText(lines, n, -1)) && !BULLET.test(nearText(lines, n, 1))) kind = 'preferred';
    // (s62b tune) "Experience in any of these would be preferred, though none is required:" over a list: a sentence that says
    // its list is wished (WISH_CLAUSE) heads the wishes, after the asks too (too long for a heading's words, it was read as a
    // line of the asks, or as their heading by its list).
    if ((kind === null || kind === 'unknown') && !inline && !apply && current.kind !== 'preferred' && !BULLET.test(line) && /:\**\s*$/.test(line) && line.trim().length <= 200 && WISH_CLAUSE.test(line) && BULLET.test(lines[n + 1] ?? ''))
      kind = 'preferred';
    // "We're hiring two founders to work with us in person:" then a list that asks: a sentence that opens a list of asks is its heading.
    if ((kind === null || kind === 'unknown') && !inline && !apply && current.kind !== 'requirements' && current.kind !== 'preferred' && !BULLET.test(line) && /:\**\s*$/.test(line) && line.trim().length <= 200 && listAsks(listAt(lines, n + 1)))
      kind = 'requirements';
    afterText = !inline && !kind && line.trim() !== '';
    if (resume && !line.trim()) {
      flush();
      current = { kind: resume.kind, heading: resume.heading, text: '', offset: 0 };
      resume = null;
      bodyStart = bodyEnd = pos;
    } else if (!BULLET.test(line) && columnsHead(line)) {
      // "Must have            Nice to have": a table set in spaces starts its own part, its header line kept as its text.
      resume = null;
      flush();
      current = { kind: columnsHead(line)!, heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (!kind && !inline && !applyLine && current.kind === 'requirements' && !BULLET.test(line) && n > 0 && !lines[n - 1]!.trim() && (WISH_OPENS.test(line) || ((WISH_ABROAD.test(line.trim()) || WISH_SENTENCE.test(line.trim())) && BULLET.test(nearText(lines, n, -1)))) && /[.!]\s*$/.test(line.trim()) && !BULLET.test(lines[n + 1] ?? '')) {
      // (s56 tune) "Nice if you've touched Phoenix LiveView.", "Bonus if you know Nomad." as a paragraph of its own after the
      // asks' list: the wish's words open the sentence, and what follows it is wished (a part of the wishes from this line).
      // (A sentence, closed by its stop, over no list: "Bonus if you know" over a list is the wishes' heading, as before.)
      // (s57 tune: so is a wish whose weight ends or opens the sentence, right after the list, in English or in the posting's
      // language: "Kotlin is a plus.", "Conocer Next.js ser\u00eda un punto a favor.", "Mile widziana znajomo\u015b\u0107 Rusta.", WISH_ABROAD.)
      resume = null;
      flush();
      current = { kind: 'preferred', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (!kind && !inline && !applyLine && current.kind === 'requirements' && BULLET.test(line) && BULLET.test(lines[n - 1] ?? '') && wishesToListEnd(lines, n)) {
      // (s58 tune) "- It's a plus if you've handled PCI DSS", "- Será um bônus se você já tiver trabalhado com ..." as the asks'
      // list's last line (or lines): a wish said in a sentence, its line a part of the wishes (as such a sentence after the
      // list is); a wish inside the list, asks after it, leaves the list whole. (The list over, the asks' part goes on: "Work
      // Environment" / "- Occasional evening work", a label of no kind after it, stays with the asks.)
      const asks = { kind: current.kind, heading: current.heading, next: false };
      flush();
      resume = asks;
      current = { kind: 'preferred', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (!kind && !inline && !applyLine && (current.kind === 'requirements' || current.kind === 'preferred') && BULLET.test(line) && n > 1 && !lines[n - 1]!.trim() && BULLET.test(nearText(lines, n, -1)) && perkList(listAt(lines, n))) {
      // (s58 tune) The wishes' list, a blank line, then a list of perks with no heading ("- Stock options ...", "- Relocation
      // support ...", "- Health insurance ..."): the perks start where their list does.
      resume = null;
      flush();
      current = { kind: 'benefits', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (!kind && !inline && !applyLine && current.kind === 'other' && !current.heading && sections.length === 0 && asksHeaded && !dutiesHeaded && BULLET.test(line) && n > 0 && !BULLET.test(lines[n - 1]!) && leadDuties(lines, n)) {
      // (s61 tune) The lead's paragraph, then the work's list with no heading over it (leadDuties): the duties from the list.
      resume = null;
      flush();
      current = { kind: 'responsibilities', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (offerPara) {
      resume = null;
      flush();
      current = { kind: 'benefits', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (apply) {
      // "Learn more and apply here: …": how to apply ends the part above it; the line is the new part's text.
      resume = null;
      flush();
      current = { kind: 'other', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (inline) {
      // "Bonus: GStreamer, FFmpeg": the label starts a section of its kind, its content stays in it.
      flush();
      if (!resume) resume = { kind: current.kind, heading: current.heading, next: false };
      // "Salary: $117,962 - $153,354 per year" in a block of fields ("Pay scale & grade: GS 13", "Location: …"): its line only.
      // ("Compensation: USD 5,500 \u2013 7,000 / month" over "Advanced English": a pay field with its amount is its line only, and
      // the lines after it go on with the part it interrupted, unless they go on with the pay: "plus equity", "+ 401(k)".)
      resume.next = inline.item === true || FIELD_LINE.test(lines[n + 1] ?? '') || (inline.kind === 'benefits' && PAY_LABEL.test(inline.heading) && /\d/.test(line.slice(inline.at)) && !PAY_GOES_ON.test(lines[n + 1] ?? ''));
      current = { kind: inline.kind, heading: inline.heading, text: '', offset: 0 };
      bodyStart = pos + inline.at;
      bodyEnd = lineEnd;
      // "Bonus: a PhD. Perks: equity": a label after a sentence starts its own section (and so does a third after it,
      // "Must: Go. Nice: Rust. We don't care about: degrees.").
      for (let at = labelAfterSentence(line, inline.at, inline.kind); at >= 0; ) {
        // (s62 tune: a label with hyphens, "Nice-to-haves:", as labelAfterSentence finds it.)
        const m = /^([A-Z][A-Za-z'\u2019 -]{1,25}):\s*/.exec(line.slice(at));
        if (!m) break;
        bodyEnd = pos + at;
        flush();
        current = { kind: classifyHeading(m[1]!)!, heading: m[1]!, text: '', offset: 0 };
        bodyStart = pos + at + m[0].length;
        bodyEnd = lineEnd;
        at = labelAfterSentence(line, at + m[0].length, current.kind);
      }
    } else if (kind) {
      resume = null;
      // (A heading set in under a list line of asks or wishes heads a sub-list: the list goes on after it.)
      nested = indent > 0 && kind !== 'unknown' && current.kind !== 'benefits' && BULLET.test(nearText(lines, n, -1)) ? { kind: current.kind, heading: current.heading, indent } : null;
      flush();
      current = {
        kind: kind === 'unknown' ? 'other' : kind,
        heading: line.replace(/^[#*•\s-]+|[*\s:]+$/g, ''),
        text: '',
        offset: 0,
      };
      bodyStart = bodyEnd = Math.min(lineEnd + 1, description.length);
    } else if ((current.kind === 'benefits' || current.kind === 'preferred') && !BULLET.test(line) && !lines[n - 1]?.trim() && BULLET.test(lines[n - 2] ?? '') && (CANDIDATE_MUST.test(line) || (current.kind === 'preferred' && PAY_OR_VISA.test(line)))) {
      // "• 25 days' leave" / "" / "Applicants must hold a valid work permit; …": what the hire must hold, after the perks' list, is no perk.
      // (Nor is it, or the job's pay or visa terms, a wish after the wishes' list: "The salary range … We are unable to sponsor …".)
      flush();
      current = { kind: 'other', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if ((current.kind === 'benefits' || current.kind === 'responsibilities' || current.kind === 'about' || current.kind === 'preferred' || current.kind === 'requirements') && !BULLET.test(line) && n > 0 && !lines[n - 1]!.trim() && (BULLET.test(nearText(lines, n, -1)) || (current.kind === 'benefits' && description.slice(bodyStart, pos).trim() !== '')) && (LOGISTICS.test(line) || LOGISTICS_ABROAD.test(line)) && !MOOD_ASK.test(line.trim()) && !ASK_WORDS.test(line) && !CANDIDATE_MUST.test(line)) {
      // (s55) "To be considered, submit your resume by January 30.", "Urval sker l\u00f6pande, s\u00e5 skicka in din ans\u00f6kan": a
      // paragraph of the logistics after a list (its mood: apply, submit, a deadline, the interviews) ends the list's part.
      // (s56, s55's known miss: after the wishes' list or the asks' too, "We get back to everyone within a week; the process is
      // a call and a take-home.")
      // (s57 tune: after the perks told in a paragraph too, "We offer ... " / "" / "Every applicant hears back from us ...".)
      // (s57 tune: in the other languages too, LOGISTICS_ABROAD: "Haku p\u00e4\u00e4ttyy 30.4.", "T\u011b\u0161\u00edme se na V\u00e1\u0161 \u017eivotopis.")
      flush();
      current = { kind: 'other', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if (current.kind !== 'other' && !BULLET.test(line) && !lines[n - 1]?.trim() && (EQUAL_CHANCE.test(line) || EQUAL_CHANCE_ABROAD.test(line))) {
      // "Ossory Health is an equal opportunity employer." after the perks' list (or the asks'): the employer's statement, no part of it.
      flush();
      current = { kind: 'other', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
    } else if ((current.kind === 'responsibilities' || current.kind === 'about') && !BULLET.test(line) && WISH_SENTENCE.test(line.trim()) && description.slice(bodyStart, pos).split('\n').some((l) => BULLET.test(l))) {
      // (s56, s55's known miss) "Some experience with Ceph is a plus" on its own line among the paragraphs after the duties'
      // list: a wish, its line a part of the wishes; the part goes on after it. (In a part of prose alone, items.ts reads
      // each sentence, the wish's too: items-prose-s36.)
      flush();
      const { kind, heading } = current;
      current = { kind: 'preferred', heading: '', text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
      flush();
      current = { kind, heading, text: '', offset: 0 };
      bodyStart = bodyEnd = Math.min(lineEnd + 1, description.length);
    } else if ((current.kind === 'about' || current.kind === 'benefits') && STACK_LINE.test(line)) {
      // "• Freedom to shape our tech stack (TypeScript + Python)" under "About the company": the stack is no company context.
      flush();
      const { kind, heading } = current;
      current = { kind: 'other', heading, text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
      flush();
      current = { kind, heading, text: '', offset: 0 };
      bodyStart = bodyEnd = Math.min(lineEnd + 1, description.length);
    } else {
      bodyEnd = lineEnd;
      // "… we need a second data engineer. Must-haves: Python, SQL. Nice-to-haves: Spark, Airflow.": labels after sentences
      // inside a paragraph, one for the asks and one for the wishes (or one for the wishes inside a part that asks), each
      // head what follows them in the paragraph, up to the next label (as one at the line's start does).
      let first = line.includes(': ') && !BULLET.test(line) ? labelAfterSentence(line, 0, current.kind, ASK_LABELS) : -1;
      let split = first >= 0 && (current.kind === 'requirements' || labelAfterSentence(line, first, classifyHeading(/^[^:]*/.exec(line.slice(first))![0])!, ASK_LABELS) >= 0);
      // (s44: "… on-site position. Responsibilities: maintain … Qualifications: 2+ years … Benefits: medical …": a paragraph
      // that holds the asks' label and labels of other parts after sentences is the posting's parts run together; each label
      // heads what follows it, the duties' and the perks' too.)
      let only: ReadonlySet<SectionKind> | undefined = ASK_LABELS;
      if (!split && first >= 0) {
        const any = labelAfterSentence(line, 0, current.kind);
        const second = any >= 0 ? labelAfterSentence(line, any, classifyHeading(/^[^:]*/.exec(line.slice(any))![0])!) : -1;
        if (any >= 0 && second >= 0) {
          first = any;
          split = true;
          only = undefined;
        }
      }
      // (s45: "… for plumbers. Requirements: 3+ years of Python, solid PostgreSQL. We offer a pension …": the asks' label alone
      // after a sentence heads what follows it too, up to a sentence that turns to what is offered or how to apply, ASKS_END.)
      let endAsks = false;
      if (!split && first >= 0 && current.kind !== 'benefits' && classifyHeading(/^[^:]*/.exec(line.slice(first))![0]) === 'requirements') {
        split = true;
        endAsks = true;
      }
      if (split) {
        for (let at = first; at >= 0; at = labelAfterSentence(line, at, current.kind, only)) {
          const label = /^([A-Z][A-Za-z'’ -]{1,25}):\s*/.exec(line.slice(at))!;
          bodyEnd = pos + at;
          flush();
          // (After the part above it, read as asks when its list asks: the part resumes as what it was read as.)
          if (!resume) resume = { kind: current.kind, heading: current.heading, next: false };
          current = { kind: classifyHeading(label[1]!)!, heading: label[1]!.trim(), text: '', offset: 0 };
          bodyStart = pos + at + label[0].length;
          bodyEnd = lineEnd;
        }
        if (endAsks) {
          const turn = /[.!?]\s+(?=[A-Z])/g;
          turn.lastIndex = bodyStart - pos;
          for (let m = turn.exec(line); m; m = turn.exec(line)) {
            const from = m.index + m[0].length;
            const told = ASKS_END.exec(line.slice(from));
            if (!told) continue;
            bodyEnd = pos + m.index + 1;
            flush();
            resume = null;
            current = { kind: told[1] ? 'benefits' : 'other', heading: '', text: '', offset: 0 };
            bodyStart = pos + from;
            bodyEnd = lineEnd;
            break;
          }
        }
        // ("… Benefits: medical, dental, 401k. Cobaltline is an Equal Opportunity Employer.": the employer's statement after
        // the last label's sentences is no part of them.)
        const eeo = /[.!?]\s+(?=[A-Z])/g;
        eeo.lastIndex = bodyStart - pos;
        for (let m = eeo.exec(line); m; m = eeo.exec(line)) {
          const from = m.index + m[0].length;
          if (!EQUAL_CHANCE.test(line.slice(from).split(/[.!?](?:\s|$)/)[0]!)) continue;
          bodyEnd = pos + m.index + 1;
          flush();
          resume = null;
          current = { kind: 'other', heading: '', text: '', offset: 0 };
          bodyStart = pos + from;
          bodyEnd = lineEnd;
          break;
        }
      }
    }
    pos = lineEnd + 1;
  }
  flush();
  // (s51) "Overview" as the page's first line, over the title and the board's fields, then "Overview" again over the company
  // (iCIMS prints its tab's label so): a heading on the posting's first line that heads a later part again is the page's
  // label, a part of no kind; the later one keeps its kind.
  const first = sections[0];
  // (The heading's line itself again, not a part the code cut and resumed under the same heading.)
  const headingLine = (l: string) => l.replace(/^[#*\s]+|[*\s:]+$/g, '').toLowerCase();
  if (first && first.heading && first.kind !== 'other' && !description.slice(0, first.offset).replace(first.heading, '').replace(/[\s#*:]/g, '') && description.slice(first.offset).split('\n').some((l) => headingLine(l) === first.heading.toLowerCase()))
    first.kind = 'other';
  // "Ideally you'd have:" then "Nice to haves:": where a posting has no requirements part, a soft first
  // nice-to-have heading followed by another nice-to-have part names what it requires.
  if (!sections.some((s) => s.kind === 'requirements')) {
    const soft = sections.findIndex((s) => s.kind === 'preferred' && /^(?:ideally|desired|desirable)\b/i.test(s.heading));
    if (soft >= 0 && sections.slice(soft + 1).some((s) => s.kind === 'preferred')) sections[soft]!.kind = 'requirements';
  }
  return sections;
}
