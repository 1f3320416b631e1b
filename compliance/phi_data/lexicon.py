"""Cue words for the PHI scanner, English and Spanish, as regular-expression fragments.

`compliance.phi` compiles them on first use. Each constant is an alternation without
its outer group; spaces inside a phrase match any run of white space.
"""

from __future__ import annotations

# --- Who a name belongs to -------------------------------------------------------------

# Titles written right before a staff member's (or a public person's) name.
STAFF_TITLES = r"""
dr|dra|drs|dres|doctor|doctora|doc|prof|professor|profesor|profesora|nurse|enfermera|enfermero
|chaplain|capellán|capellan|rev|reverend|reverendo|pastor|pastora|rabbi|imam|coach|entrenador
|officer|oficial|sgt|sergeant|capt|captain|lt|lieutenant|chief|judge|juez|jueza|mayor|alcalde
|alcaldesa|senator|senador|senadora|sen|rep|representative|governor|gobernador|gobernadora|gov
|councilmember|councilman|councilwoman|commissioner|superintendent|president|presidente|presidenta
|principal|dean|director|directora|ceo|cfo|coo|cno|cmo|cio|chef|midwife|partera
|sheriff|deputy|consul|cónsul
"""

# Job and role nouns: "our chaplain, John", "Jennifer, our nurse manager",
# "Kim has been a NICU nurse for 20 years", "guest speaker Sarah Johnson".
STAFF_ROLES = r"""
nurses?|(?-i:RNs?|LPNs?|CNAs?|NPs?|APRNs?|CRNAs?)|nurse practitioners?|doctors?|physicians?
|surgeons?|neurosurgeons?|cardiologists?|oncologists?|pediatricians?|neonatologists?
|anesthesiologists?
|radiologists?|hospitalists?|intensivists?|obstetricians?|ob-gyns?|gynecologists?|urologists?
|dermatologists?|psychiatrists?|psychologists?|neurologists?|pulmonologists?|endocrinologists?
|gastroenterologists?|nephrologists?|hematologists?|orthopedists?|orthopaedists?|podiatrists?
|dentists?|hygienists?|optometrists?|ophthalmologists?|audiologists?|pathologists?|midwives|midwife
|doulas?|lactation consultants?|chaplains?|pastors?|therapists?|pharmacists?|technicians?|techs?
|technologists?|sonographers?|phlebotomists?|paramedics?|(?-i:EMTs?)|first responders?|dietitians?
|dieticians?|nutritionists?|social workers?|case managers?|navigators?|coordinators?|educators?
|specialists?|child life specialists?|volunteers?|ceo|cfo|coo|cno|cmo|cio|presidents?
|vice presidents?|(?-i:VPs?)|directors?|managers?|supervisors?|administrators?|officers?|chiefs?
|chairs?|chairman|chairwoman|chairperson|founders?|co-founders?|trustees?|board members?
|employees?|staffers?|staff members?|team members?|colleagues?|co-workers?|coworkers?|residents?
|fellows?|interns?|students?|scientists?|researchers?|investigators?|professors?|instructors?
|faculty|coaches|coach|athletic trainers?|trainers?|(?-i:ATs?)|sheriffs?|deputies|deputy|consuls?
|cónsules|cónsul|security officers?|housekeepers?|receptionists?|schedulers?|interpreters?
|translators?|clerks?|aides?|assistants?|physician assistants?|(?-i:PAs?)|counselors?|caseworkers?
|speakers?|keynote speakers?|authors?|guests?|hosts?|panelists?|moderators?|presenters?
|artists?|musicians?|singers?|performers?|athletes?|players?|pitchers?|quarterbacks?|mayors?
|senators?|governors?|congressman|congresswoman|representatives?|councilmembers?|commissioners?
|catchers?|shortstops?|outfielders?|infielders?|goalies?|goalkeepers?|linebackers?|olympians?
|gymnasts?|golfers?|boxers?|wrestlers?|rappers?|comedians?|influencers?|youtubers?|anchors?
|meteorologists?|reporters?|journalists?|astronauts?|poets?|novelists?|activists?|inventors?|pioneers?
|superintendents?|principals?|teachers?|celebrities?|actors?|actress|legends?|ambassadors?
|spokesperson|spokeswoman|spokesman|leaders?|hero of the month|employee of the month
|nurse of the year|donors?|benefactors?|philanthropists?|sponsors?|honorees?|awardees?
|recipients? of the daisy award|daisy award (?:winner|honoree|recipient)s?|chefs?|cooks?
|nursing (?:graduates|grads|students)|new (?:graduates|grads|nurses)|graduating nurses
|(?:therapy|facility|service|comfort|hospital|pet therapy)
 (?:dogs?|pups?|puppy|puppies|cats?|horses?|ponies|pony)
|mascots?|dogs?|pups?|puppy|perr[oa]s? de terapia|perrit[oa]s?(?: de terapia)?|mascotas?
|engineers?|analysts?|executives?|partners? in care|advocates?|liaisons?|champions? of
|enfermer[oa]s?|médic[oa]s?|medic[oa]s?|doctor[ae]s?|cirujan[oa]s?|pediatras?|capellanes|capellán
|voluntari[oa]s?|director[ae]s?|directoras?|gerentes?|terapeutas?|farmacéutic[oa]s?|técnic[oa]s?
|trabajador[ae]s? social(?:es)?|coordinador[ae]s?|coordinadoras?|especialistas?|residentes?
|educador[ae]s?|parteras?|comadronas?|intérpretes?|empleados?|empleadas?|colaborador[ae]s?
|jef[ae]s?|presidentes?|presidentas?|maestr[oa]s?|profesor[ae]s?|investigador[ae]s?|donantes?
|cantantes?|actor(?:es)?|actriz|actrices|futbolistas?|jugador[ae]s?|escritor[ae]s?|autor[ae]s?
|periodistas?|atletas?|artistas?|músic[oa]s?|alcaldes?|alcaldesas?|senador[ae]s?|gobernador[ae]s?
|conductor[ae]s?|locutor[ae]s?|boxeador[ae]s?|beisbolistas?|nutriólog[oa]s?|nutricionistas?
|dietistas?|psicólog[oa]s?|fisioterapeutas?|recepcionistas?|camiller[oa]s?|cociner[oa]s?
"""

# Credentials written after a staff member's name: "Maria Lopez, RN".
CREDENTIALS = r"""
rn|bsn|msn|dnp|np|aprn|fnp|fnp-bc|cpnp|nnp|cnm|crna|lpn|lvn|cna|ccrn|cns|md|m\.d\.|do|d\.o\.
|pa-c|pa|phd|ph\.d\.|pharmd|dpt|pt|ot|otr/l|slp|ccc-slp|rrt|rd|rdn|ld|lcsw|lmsw|msw|lpc|lmft|psyd
|edd|dds|dmd|facs|faap|facc|facog|facp|faan|mba|mph|mha|mhsa|ccls|ibclc|cpht|emt|emt-p
|nrp|ma|bs|ba|ms|jr\.?\s*,\s*md
"""

# Relatives and household: "Maria's husband Tom", "her son Will", "su abuela Rosa".
RELATIVES = r"""
mom|mommy|mother|mum|mama|momma|dad|daddy|father|papa|pops|parents?|husband|wife|spouse|son
|daughter|brother|sister|siblings?|twins?|twin brother|twin sister|grandma|grandpa|grandmother
|grandfather|granny|nana|grammy|gigi|grandson|granddaughter|grandchild|grandchildren|grandkids?
|great-grandmother|great-grandfather|aunt|auntie|uncle|cousin|niece|nephew|fianc[ée]e?|partner
|boyfriend|girlfriend|caregiver|baby brother|baby sister|big brother|big sister|little brother
|little sister|stepson|stepdaughter|stepmom|stepdad|son-in-law|daughter-in-law|family
|mamá|mami|papá|papi|mamás|papás|madre|padre|padres|esposo|esposa|marido|mujer|hij[oa]|hij[oa]s|herman[oa]
|herman[oa]s|hermanit[oa]|abuel[oa]|abuelit[oa]|abuel[oa]s|niet[oa]|tí[oa]|tia|tio|prim[oa]
|sobrin[oa]|novi[oa]|prometid[oa]|pareja|gemel[oa]|gemel[oa]s|cuidador[a]?|familia|suegr[oa]
|yerno|nuera|bisabuel[oa]|cuñad[oa]|madrina|padrino|titi|compadre|comadre|ahijad[oa]
|great-grandson|great-granddaughter|mother-in-law|father-in-law|brother-in-law|sister-in-law
|stepsister|stepbrother|half-sister|half-brother|godmother|godfather|goddaughter|godson
|roommate|housemate|nonc|nonk|tante|mawmaw|maw-maw|pawpaw|paw-paw|parrain|nannan
|grandbaby|grandbabies|niñ[oa]|nen[ea]
"""
# More relatives, in the languages of a hospital's families: "her nonna", "mi buelo", "his
# tonton". Apart from RELATIVES because the learned tagger (`compliance.phi_model`) reads
# RELATIVES as one of its word classes and was trained with that list as it is.
MORE_RELATIVES = r"""
pappy|papaw|meemaw|peepaw|granddad|grandad|gramps|grandmama|grandaddy|granddaddy
|nonna|nonno|babcia|dziadek|bubbe|bubby|zayde|zaide|yaya|papou|babushka|dedushka|babusya
|prababusya|halmoni|halabeoji|ayeeyo|awoowe|tonton|manman|memere|mémère|pepere|pépère|vovó|vovô
|avó|avô|nani|dadi|nanay|tatay|lolo|lola|buelo|buela|buelito|buelita|tutu|tūtū|dtr|dau
"""
# Kinship words said before a name like a title, in the languages of a hospital's families:
# "Nonna Carmela", "Buelo Nacho", "Tonton Wesner", "Pap Herschel".
KIN_TITLES = r"""
grandma|grandpa|granny|nana|abuela|abuelo|abuelita|abuelito|aunt|auntie|uncle|t[íi]a|t[íi]o
|pap|pappy|papaw|pawpaw|mamaw|mawmaw|meemaw|peepaw|granddad|grandad|gramps|grammy|nonna|nonno
|babcia|dziadek|bubbe|bubby|zayde|zaide|yaya|papou|babushka|dedushka|babusya|prababusya|halmoni
|halabeoji|ayeeyo|awoowe|tonton|tatie|manman|memere|mémère|pepere|pépère|vovó|vovô|avó|avô
|nani|dadi|nanay|tatay|lolo|lola|buelo|buela|buelito|buelita|tutu|tūtū|titi|nonc|nonk|tante
"""

# Said right before a patient's name: "little Ava", "welcome to the world, Mateo",
# "la pequeña Valentina", "prayers for Liam".
PATIENT_BEFORE = r"""
little|lil|lil'|baby|sweet|brave|tiny|precious|strong|courageous|beautiful|adorable
|our\s+(?:(?:little|tiny|youngest|oldest|brave|sweet|amazing|favorite|favourite|newest|former
|very\s+own|littlest|smallest|strong|courageous|special|incredible|\w+-year-old|nicu|picu
|cancer|heart|trauma|stroke|transplant|burn|rehab|kidney|liver|teen|teenage|young)\s+)*(?:patient
|friend|warrior|fighter|survivor|preemie|champ|champion|hero|guy|girl|boy|miracle|superhero
|superstar|rockstar|rock\s+star|star|graduate|grad|nicu\s+grad|kiddo|one)
|(?:a|this|that)\s+(?:(?:little|tiny|brave|sweet|strong|young|sweet\s+little)\s+)*(?:patient|warrior|fighter
|survivor|preemie|miracle|guy|girl|boy|man|lady|kiddo|champ)
|patient|preemie|welcome\s+to\s+the\s+world|welcome\s+home|welcome\s+back|welcome|meet\s+little
|meet\s+baby|meet\s+sweet|meet|say\s+hello\s+to|say\s+hi\s+to|introducing|congrats\s+to|congrats
|congratulations\s+to|congratulations|happy\s+(?:\d+(?:st|nd|rd|th)\s+|first\s+|1st\s+)?birthday\s+to
|happy\s+(?:\d+(?:st|nd|rd|th)\s+|first\s+|1st\s+)?birthday|happy\s+bday|happy\s+heart\s+day
|happy\s+homecoming|happy\s+discharge\s+day|happy\s+graduation|prayers\s+for|prayers\s+to|praying\s+for
|pray\s+for|thinking\s+of|go|go\s+team|team|keep\s+fighting|keep\s+it\s+up|love\s+you|we\s+love
|proud\s+of|so\s+proud\s+of|way\s+to\s+go|named|name\s+is|rest\s+in\s+peace|rip|r\.i\.p\.|in\s+memory\s+of
|in\s+loving\s+memory\s+of|remembering|miss\s+you|shout\s+out\s+to|shoutout\s+to|hats\s+off\s+to
|cheering\s+for|cheering\s+on|rooting\s+for|so\s+happy\s+for|happy\s+for|good\s+luck|get\s+well\s+soon|get\s+well|hi|hello|dear
|la\s+pequeña|el\s+pequeño|la\s+peque|el\s+peque|pequeñ[oa]|peque|bebé|bebe
|nuestr[oa]\s+(?:(?:pequeñ[oa]|valiente|querid[oa]|joven)\s+)*(?:paciente|guerrer[oa]|amig[oa]
|campe[oó]n|campeona|héroe|heroína|bebé)|paciente|bienvenid[oa]s?\s+al\s+mundo|bienvenid[oa]s?
|bienvenid[oa]s?\s+a\s+casa|conozcan\s+a|conoce\s+a|les\s+presentamos\s+a|presentamos\s+a
|felicidades\s+a|felicidades|felicitaciones\s+a|felicitaciones|muchas\s+felicidades
|feliz\s+cumpleaños\s+a|feliz\s+cumpleaños|fuerza|mucha\s+fuerza\s+a|valiente|querid[oa]
|se\s+llama|llamad[oa]|oraciones\s+por|orando\s+por|en\s+memoria\s+de|descanse\s+en\s+paz|hola
|descansa\s+en\s+paz|vuela\s+alto|hasta\s+siempre|hasta\s+pronto|adiós|te\s+extrañaremos
|te\s+vamos\s+a\s+extrañar|nombre\s+es|me\s+llamo|nicknamed|known\s+as|fly\s+high|rest\s+easy
|goodbye|farewell|we(?:'ll|\s+will)\s+miss\s+you|forever\s+in\s+our\s+hearts|in\s+honou?r\s+of
|vamos|ánimo|animo|remember
|(?:this|that|here)\s+(?:(?:little|sweet|brave|tiny|handsome|beautiful|strong)\s+)*(?:guy|girl|boy|lady
|man|one|cutie|kiddo|gentleman|princess|prince|fighter|warrior)\s+is
|(?:they|we|everyone|the\s+nurses)\s+call(?:s|ed)?\s+(?:him|her)|goes\s+by|went\s+by|real\s+name(?:\s+is)?
|(?:le|la|lo)\s+(?:dicen|decimos|llaman|llamamos)
|(?:our\s+)?hearts\s+(?:are|go\s+out)\s+(?:to|with)|(?:our\s+)?thoughts\s+are\s+with|sending\s+(?:love|prayers|hugs|strength)\s+to
|(?:siempre\s+)?(?:lo|la|te)\s+recordaremos(?:\s+siempre)?|(?:we\s+will|we'll)\s+always\s+remember(?:\s+you)?
|abrazos\s+para|un\s+abrazo\s+para|nuestro\s+corazón\s+está\s+con
|baby\s+boy|baby\s+girl|beb[ée]\s+niñ[oa]
"""

# Said right after a patient's name: "Ava went home", "Ava, 6,", "Ava's surgery".
PATIENT_AFTER = r"""
went\s+home|is\s+going\s+home|goes\s+home|born|nacid[oa]|got\s+to\s+go\s+home|gets\s+to\s+go\s+home|headed\s+home
|heads\s+home|is\s+headed\s+home|is\s+heading\s+home|heading\s+home|came\s+home|is\s+home|is\s+back\s+home|left\s+the|rang|rings
|will\s+ring|got\s+to\s+ring|turned|turns|celebrated|celebrates|is\s+celebrating|spent|arrived
|was\s+(?:born|discharged|diagnosed|admitted|transferred|treated|released|airlifted|flown|rushed
|brought|adopted|delivered|injured|hurt|hit|found|given|cleared|named|only|just|one|\d)
|has\s+been\s+(?:discharged|diagnosed|fighting|battling|in|here|through|cancer)
|is\s+(?:cancer[- ]free|in\s+remission|recovering|doing|now|a\s+(?:nicu|picu|heart|cancer|kidney
|liver|transplant|stroke|trauma|preemie|leukemia|brain\s+tumor|miracle|survivor|warrior|fighter
|graduate|grad|patient|true)|one|fighting|battling|\d|our|officially|finally|back|thriving
|growing|learning|walking|talking|eating|breathing|ready)
|had\s+(?:his|her|their|a|an|surgery|open[- ]heart|\d)|underwent|received|got\s+(?:his|her|their|a)
|beat|beats|fought|won|finished|completed|graduated|took\s+(?:his|her|their)\s+first|walked
|weighed|weighing|needed|needs|survived|faced|battled|fights|is\s+fighting|continues\s+to
|returned|came\s+back|made\s+it|will\s+go\s+home|can\s+go\s+home|gets\s+to|got\s+to|is\s+able
|was\s+able|started|began|says|said|shares|shared|told|loves|enjoys|smiled|smiles|laughed
|salió|sale|se\s+fue\s+a\s+casa|se\s+va\s+a\s+casa|regresó|regresa|volvió|vuelve|nació
|fue\s+dad[oa]\s+de\s+alta|fue\s+diagnosticad[oa]|fue\s+operad[oa]|fue\s+trasladad[oa]
|está\s+en\s+casa|ya\s+está|cumplió|cumple|celebró|celebra|tocó\s+la\s+campana|venció|vence|luchó
|lucha|pasó|recibió|terminó|completó|dio\s+sus\s+primeros\s+pasos|pesó|se\s+recupera|está\s+recuperándose
|is\s+out\s+of\s+(?:the\s+)?(?:icu|picu|nicu|ccu|or|surgery|danger|the\s+hospital|intensive\s+care)
|is\s+(?:now\s+|still\s+)?in\s+(?:stable|critical|serious|fair|good|satisfactory|guarded)\s+condition
|(?:is|remains)\s+(?:now\s+|still\s+)?in\s+(?:our|the)\s+(?:icu|picu|nicu|ccu|er|ed|emergency\s+room
|trauma\s+(?:bay|unit|icu)|burn\s+unit|hospice|intensive\s+care|cardiac\s+icu|step-?down)
|is\s+(?:now\s+)?(?:awake|alert|stable|responsive|off\s+the\s+ventilator|breathing\s+on\s+(?:his|her|their)\s+own
|healing|getting\s+stronger|on\s+the\s+mend|on\s+the\s+road\s+to\s+recovery)
|woke\s+up|collapsed|passed\s+away|died|was\s+(?:killed|hospitalized|intubated|resuscitated|revived
|life-?flighted|ejected|struck|burned|bitten|shot|stabbed|wounded|trapped|rescued|pulled)
|fell\s+(?:\d+|two|three|four|five|six|ten|twenty|off|from|through|down|while|asleep\s+at\s+the\s+wheel)
|(?:was|got)\s+thrown|crashed|flipped|rolled\s+(?:his|her|their)|broke\s+(?:his|her|their|both)
|nearly\s+died|almost\s+died|went\s+into\s+(?:cardiac\s+arrest|labou?r|shock)
|llegó|llegaron|ingresó|despertó|falleció|murió|sigue\s+en|está\s+(?:estable|grave|despiert[oa]
|en\s+(?:la\s+)?(?:uci|ucin|terapia\s+intensiva|cuidados\s+intensivos))|ya\s+camina
"""

# After "Ava's": "Ava's mom", "Ava's surgery", "Ava's care team".
PATIENT_POSSESSIONS = r"""
(?:(?:first|\d+(?:st|nd|rd|th)|last|final|big|long|amazing|incredible|brave|recovery|nicu|picu
|cancer|heart|new|medical|care|whole|special|sweet|little|strong|courageous|own)\s+)*(?:mom|mommy
|mother|mum|mama|dad|daddy|father|parents|family|husband|wife|son|daughter|brother|sister|words
|word|laugh|giggle|hug|wish|wishes|request|dream|dreams|favorite|favourite|visit|teddy|bear
|blanket|blankie|toys?|stuffed|doll|lovey|dog|puppy|cat|kitten|bike|classmates|teacher|school
|siblings?|twin|grandma|grandpa|grandmother|grandfather|grandparents|aunt|uncle|cousin|caregivers?
|journey|story|fight|battle|surgery|surgeries|transplant|recovery|birthday|diagnosis|treatment
|care\s+team|nurses|doctors|medical\s+team|room|bed|heart|kidney|liver|lungs?|chemo|life|smile
|spirit|strength|courage|condition|health|prognosis|discharge|homecoming|graduation|stay|steps
|nicu\s+stay|first\s+steps|progress|update|updates|miracle|arrival|delivery|birth|gofundme
|pacemaker|implant|device|wheelchair|insulin\s+pump|car|truck|license|chart|records?|mrn|address
|phone|email|room|bed|hospital\s+stay|accident|injuries|injury|tumou?r|cancer|leukemia|illness
|caringbridge|fundraiser|page|legacy|memory|passing|death|funeral|fighting\s+spirit|honou?r
|name|memorial|celebration\s+of\s+life|obituary|service|services)
"""

# Right after a name, these say it is a staff member: "Jennifer's patients".
STAFF_POSSESSIONS = r"""
patients|colleagues|co-workers|coworkers|career|retirement|leadership|service|shift|shifts
|department|unit|practice|office|clinic|lab|research|expertise|students|residents|team\s+of
|nursing\s+career|years\s+of\s+service|tenure|pacientes|carrera|jubilación
"""

# Staff and donor stories, anywhere in a post.
STAFF_EVENTS = r"""
daisy\s+award|award|awards|honored\s+with|retire|retires|retired|retiring|retirement|years\s+of\s+service
|\d+\s+years\s+(?:with|at|of\s+service|in\s+nursing|as\s+a|on\s+the\s+job|here|serving|of\s+caring)
|work\s+anniversary|joined\s+our\s+team|joins\s+our\s+team|join(?:ed|s)?\s+(?:us|the\s+team)\s+as
|welcome\s+to\s+the\s+team|welcome\s+(?:dr|nurse)|new\s+hire|newest\s+team\s+member|staff\s+spotlight
|employee\s+spotlight|team\s+spotlight|nurse\s+spotlight|spotlight\s+on\s+our|employee|employees
|staff|team\s+members?|residency|fellowship|promoted|promotion|certified|certification|shift
|colleagues|coworkers|co-workers|our\s+patients|care\s+for\s+(?:our\s+)?patients|cared\s+for\s+(?:our\s+)?patients
|nurses\s+week|nurses'\s+week|doctors'?\s+day|hospital\s+week|volunteer|volunteers|thank\s+you\s+to\s+our
|shout\s*out\s+to\s+our|grateful\s+for\s+our|proud\s+of\s+our\s+(?:team|staff|nurses|doctors)
|jubilación|jubila|años\s+de\s+servicio|empleado|empleada|colaborador|colaboradora|personal
|pass(?:ed|ing)\s+(?:his|her|their|the)\s+(?:\w+\s+){0,2}(?:exam|exams|boards|nclex)|nclex|board\s+exam
|nursing\s+school|np\s+school|pa\s+school|medical\s+school|new\s+role|compañer[oa]s?
|hard\s+work|dedication|commitment|leadership|everything\s+you\s+do|above\s+and\s+beyond
|visit(?:ed|s|ing)\s+(?:with\s+)?(?:the|our)\s+(?:kids|patients|children|families|pediatric\s+patients)
|(?:been|is|was)\s+(?:working|cooking|cleaning|volunteering|serving|teaching)\s+(?:here|in\s+our|at|with\s+us|on\s+our)
|trabaja(?:ndo)?\s+(?:aquí|en\s+nuestr[oa])|lleva\s+\d+\s+años\s+(?:trabajando|en\s+nuestr[oa]|con\s+nosotros)
"""

DONOR_CUES = r"""
donor|donors|donated|donating|donation|donations|donar|donaron|donando|donan|donaciones|gift|gifts|gifted|generous|generosity|philanthropy
|philanthropist|benefactor|sponsor|sponsored|sponsors|named\s+after|named\s+for|in\s+honor\s+of
|endowed|endowment|pledge|pledged|contributed|contribution|donante|donó|donación|donativo|regalo
|generosidad|patrocinador|patrocinado|en\s+honor\s+a
|organized|organizing|organizer|organiser|toy\s+drive|book\s+drive|coat\s+drive|blood\s+drive
|fundraising|fundraised|raised|raising|collected|collecting|organizó|recaudó|hosting|hosted
"""

# Anywhere in a post: the story is about a patient.
STORY = r"""
patient(?!s)|went\s+home|going\s+home|go\s+home|is\s+home|came\s+home|headed\s+home|heading\s+home
|heads\s+home|goes\s+home|came\s+into\s+the\s+world|bell\s+ringer
|home\s+today|discharged|days\s+in\s+the\s+hospital|hospital\s+stay|weeks\s+in\s+the\s+hospital
|discharge\s+day|rang\s+the\s+bell|ring\s+the\s+bell|rings\s+the\s+bell|bell\s+ringing
|cancer[- ]free
|in\s+remission|nicu\s+grad|nicu\s+graduate|graduated\s+from\s+(?:the|our)\s+(?:nicu|picu)|days\s+in
\s+(?:the|our)\s+(?:nicu|picu|icu)|weeks\s+in\s+(?:the|our)\s+(?:nicu|picu|icu)|born|birth|newborn
|welcome\s+to\s+the\s+world|little\s+one|baby\s+(?:boy|girl)|preemie|first\s+steps|miracle\s+baby
|twins|triplets|quadruplets|gemel[oa]s|trillizos|survived|recovered|walked\s+out|thriving
|transplants?|diagnosed|diagnosis|surger(?:y|ies)|chemo|chemotherapy|warrior(?!s)|survivor(?!s)|fighter(?!s)|recovery
|recovering|his\s+family|her\s+family|their\s+family|prayers|praying|get\s+well|strong\s+little
|brave\s+little|little\s+fighter|in\s+our\s+care|cared\s+for\s+(?:him|her)|treated|admitted
|\w+strong|#team\w+|years?\s+old|months?\s+old|weeks?\s+old|days?\s+old|year-old|month-old|week-old
|day-old|birthday|homecoming|salió|dad[oa]\s+de\s+alta|tocó\s+la\s+campana|nació|nacimiento|bebé
|uci|ucin|uci\s+neonatal|nuestr[oa]\s+paciente|paciente(?!s)|bienvenid[oa]\s+al\s+mundo|cumpleaños
|cirugía|trasplante|diagnosticad[oa]|diagnóstico|guerrer[oa]|sobreviviente|recuperación|milagro
|quimioterapia|quimio|años\s+de\s+edad|su\s+familia|oraciones|fuerza\s*\w+
|miracle|made\s+it\s+home|back\s+home|home\s+sweet\s+home
|celebrat\w*\s+(?:\d+|one|two|three|four|five|ten)\s+years?\s+(?:cancer|since|after|of\s+life|seizure)
|heart\s+attack|stroke\s+survivor|cardiac\s+arrest|life-saving|saved\s+(?:his|her|their|my)\s+li(?:fe|ves)
|kidney\s+donor|liver\s+donor|living\s+donor|walk\s+again|walking\s+again|intubated|ventilator
|hospitalizad[oa]|internad[oa]|infarto|derrame|salv[óo]\s+la\s+vida|milagrito|valiente|rehabilitaci[óo]n
|(?:got|gets|received|receives)\s+(?:a\s+)?new\s+(?:heart|kidney|liver|lungs?|hip|knee|cornea)\b
(?![\w-]|\s+(?!(?:last|this|in|at|on|and|here)\b)(?-i:[a-z]+)\b)
"""

# Not a story on their own, but a course of care, an injury, a return visit or a loss:
# in a post with one of these the learned tagger is asked too ("six weeks of radiation",
# "after his bike crash", "welcome back", "partió"), and a name it is sure of counts.
CARE = r"""
treatments?|radiation(?!\s+therap)|infusions?|immunotherapy|dialysis|rehab|spinal\s+tap|stents?|casts?
|follow-ups?|iv\s+pole|bedside|waiting\s+room|(?:his|her|your|their)\s+(?:whole\s+|entire\s+|long\s+)?stay
|(?:last|final|first|next)\s+round|rounds?\s+of|scans?|ned|no\s+evidence\s+of\s+disease|fusion|broken
|fractured?|stitches|crash|accident|(?:a|his|her|their|your)\s+(?:bad\s+)?fall|fell|collapsed
|injur(?:ed|y|ies)|burns?|wounds?|ambulance|life\s?flight|helicopter|cured|heal\s+up|feel\s+better
|rooting\s+for|keep\s+fighting|cheer\s+(?:for|on)|sending\s+(?:love|hugs)|in\s+(?:his|her|their)\s+(?:honor|memory)
|in\s+memory\s+of|passed\s+away|(?:sorry|condolences)\s+for\s+your\s+loss|rest\s+in\s+peace
|welcome\s+back|back\s+to\s+visit|came\s+back|comes\s+back|visit(?:ed)?\s+us|frequent\s+flyer
|new\s+(?:kidney|heart|liver|lungs?|hip|knee)|heart-?iversary|gotcha\s+day|we\s+see\s+you
|hand\s+when|held\s+(?:his|her|their)\s+hand|bed\s+space|class\s+of\s+\d{4}|lbs?|oz|ounces|pounds
|tratamientos?|radioterapia|infusi[óo]n|di[áa]lisis|urgencias|emergencias|ambulancia|se\s+desmay[óo]
|l[oa]s?\s+trajeron|parti[óo]|descanse\s+en\s+paz|qepd|en\s+memoria|vela\s+por|despedir\s+a
|despedimos\s+a|herid[oa]|ca[íi]da|fractura|yeso|andadera|silla\s+de\s+ruedas|bienvenid[oa]\s+de\s+vuelta
|regres[óo]|ya\s+camina|se\s+recupera|pronta\s+recuperaci[óo]n|[áa]nimo|estamos\s+contigo|rezando|orando
|in\s+labou?r|en\s+trabajo\s+de\s+parto|(?:walked|came|rushed|carried|brought)\s+(?:\w+\s+)?(?:in)?to\s+(?:our|the)\s+(?:er|ed|emergency)
|(?:into|on)\s+hospice|graduation\s+bell|rang\s+the\s+bell|on\s+our\s+service|lleg[óo]\s+a\s+(?:urgencias|nuestra\s+sala)
"""

# Near a date, these tie it to a person ...
PERSON_DATE = r"""
born|birth|birthday|bday|b-day|arrived|arrival|delivered|delivery|admitted|admission|discharged
|discharge|went\s+home|came\s+home|going\s+home|home\s+on|surgery|operation|operated|procedure
|transplant|diagnosed|diagnosis|passed\s+away|passed|died|death|rang\s+the\s+bell|last\s+chemo
|final\s+chemo|first\s+chemo|last\s+treatment|final\s+treatment|injured|accident|crash|stroke
|heart\s+attack|cardiac\s+arrest|collapsed|dob|d\.o\.b\.?|date\s+of\s+birth|due\s+date|nació
|nacimiento|nacida|nacido|llegó\s+al\s+mundo|cumpleaños|ingresó|ingreso|internad[oa]
|hospitalizad[oa]|alta|cirugía|operad[oa]|operación|trasplante|diagnosticad[oa]|diagnóstico
|falleció|murió|accidente|fecha\s+de\s+nacimiento
|came\s+into\s+the\s+world|entered\s+the\s+world|made\s+(?:his|her|their)\s+(?:entrance|debut)
|vino\s+al\s+mundo|home\s+by|be\s+home|arrive|arrives|arriving|entrance
|turns|turned|turning|will\s+turn|hurt|burned|wounded|nacieron|nacimos|llegaron
|got\s+(?:his|her|their|your|a)\s+new|first\s+baby|baby\s+of\s+the\s+year|primer\s+beb[ée]|new\s+(?:heart|kidney|liver|lungs?)
|discharge\s+day|surgery\s+day|transplant\s+day|d[íi]a\s+de\s+(?:su\s+)?alta
|fallecieron|murieron|herid[oa]|lesionad[oa]|quemad[oa]
|admit|admitted\s+on|welcomed|welcomes|dio\s+a\s+luz|saved\s+(?:[\w'\u2019]+\s+){0,2}li(?:fe|ves)|rescued
|ingresad[oa]|se\s+fue\s+a\s+casa|se\s+va\s+a\s+casa|sali[óo]|dx|baby\s+(?:boy|girl)|twin\s+(?:boys|girls|sisters|brothers)|newborn|recién\s+nacid[oa]|dad[oa]\s+de\s+alta|salv[óo]\s+la\s+vida|salvaron\s+la\s+vida|rescatad[oa]|married|wedding|se\s+cas[óo]|boda
"""

# ... and these make it an event date.
EVENT_DATE = r"""
join|joins|joined\s+us|event|events|walk|run|5k|10k|gala|screening|screenings|clinic|clinics|hours
|open|opens|opening|closed|closes|closure|close|registration|register|deadline|webinar|seminar|class
|classes|session|sessions|workshop|fair|drive|awareness|month|week|tickets|rsvp|sign\s+up|tournament
|fundraiser|luncheon|conference|meeting|town\s+hall|national|world|international|day|días?|nacional|mundial|visiting|schedule|appointments|available
|starting|starts|begins|through|until|every|each|deadline|due\s+by|celebration\s+of|festival|parade
|concert|golf|auction|lecture|training|support\s+group|meets|kickoff|launch|launches|vaccine|vaccines
|flu\s+shots?|shots|holiday|holidays|observed|office|offices|deliveries|pickup|únete|evento|eventos
|caminata|carrera|feria|jornada|taller|clase|clases|sesión|horario|abierto|abierta|cerrado|cerrada
|inscripción|inscripciones|regístrate|boletos|conferencia|reunión|campaña|mes\s+de|semana\s+de
|vacunación|vacunas|consultas|citas|a\s+partir\s+del?|visitors|visitantes|visitas|visiting\s+hours
"""

# Words that end a building, award or organisation named after a person:
# "Ronald McDonald House", "the Smith Family Pavilion", "Lucile Packard Children's".
INSTITUTIONS = r"""
township|borough|side|rotary|kiwanis|lodge|legion|iglesia|pd|fd|icu|hospital|hospitals|children's|childrens|children|health|healthcare|medical|medicine|center|centre|clinic
|institute|university|college|school|academy|foundation|house|pavilion|wing|tower|hall|building
|library|garden|gardens|park|plaza|street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|way
|award|awards|prize|scholarship|scholarships|fund|fellowship|lecture|chair|professorship|campus
|unit|auditorium|cafe|café|lab|laboratory|program|programme|society|association|trust|memorial
|day|month|week|run|walk|5k|gala|classic|invitational|cup|bowl|stadium|arena|field|county|city
|valley|lake|river|beach|hills|heights|springs|creek|point|bay|island|mountain|church|chapel
|cathedral|parish|ministries|ministry|bank|inc|llc|corp|company|co|group|partners|pharmacy|labs
|home|homes|village|manor|commons|square|room|suite|lounge|terrace|court|courtyard|institute's
|hospital's|house's|center's|challenge|fun|project|initiative|network|system|alliance|coalition
|league|club|team|band|show|series|festival|foundation's|sinai|permanente|hopkins|clinic's
|study|trial|registry|method|technique|protocol
|hospital|centro|fundación|escuela|universidad|colegio|parque|calle|avenida|premio|sala|pabellón
|torre|edificio|instituto|clínica|hospitales
|department|dept|departamento|police|sheriff's|office|agency|services|station|bakery|grill
|restaurant|market|store|shop|co-op|cooperative|panadería|taller|tienda|restaurante|mercado
"""

# Words after a number that make it a count, not an identifier.
QUANTITY_WORDS = r"""
people|patients|babies|children|kids|adults|families|visits|visitors|steps|miles|dollars|pounds
|meals|toys|hours|days|weeks|months|years|donors|units|doses|shots|vaccines|volunteers|employees
|nurses|doctors|beds|surgeries|procedures|deliveries|births|times|views|followers|likes|members
|residents|students|participants|runners|walkers|attendees|lives|hearts|kits|books|masks
|personas|pacientes|bebés|niños|adultos|familias|visitas|pasos|millas|dólares|comidas|horas|días
|semanas|meses|años|donantes|dosis|vacunas|voluntarios|empleados|camas|veces
"""
