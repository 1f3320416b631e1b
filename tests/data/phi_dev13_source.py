"""Blind development set d13 for the PHI scanner: tests/data/phi_dev13.jsonl.

The organisation (phi_dev13_org.json) is Summit Orthopedic and Sports Medicine Hospital
in Dayton, Ohio: a main hospital on Far Hills Avenue, a Pediatric Sports Clinic and
walk-in clinic on Wayne Avenue, a Spine Center on Brown Street, a Sports Performance
Center in Beavercreek and outpatient PT in Miamisburg. Its phone numbers, addresses,
domain and handles are never PHI.

Focus: sports medicine. Patients are high-school and college athletes, coaches,
referees and older joint and spine patients; pro athletes, coaches and local
officials appear as public figures or guests and sometimes as patients. The set is
built around team names and mascots, towns inside team and school names, jersey
numbers, athletic trainers and surgeons as staff, first names that are words or
surnames (Hunter, Chase, Brooks, Grant, Sky, Rocky, Mercy, Blaze, Reed, Tucker,
Bishop, King, Hope, Grace, Ace, Summer, Troy, Xenia), sports nicknames (Bubba, Moose,
Tank, Bear, Rip, el Tanque, el Flaco), name hashtags next to the campaign tag
#SummitStrong, eponymous sports conditions (Tommy John surgery, Chance fracture,
Osgood-Schlatter), ALL CAPS game-day posts and all-lower-case posts.

240 posts, 120 patient-specific and 120 not; 204 English and 36 Spanish (some English
posts carry Spanish lines). Written blind, by hand, one post at a time, without
looking at the scanner or at any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- A post is patient-specific iff it carries at least one labelled identifier of a
  patient or of a patient's relative / household member. Anonymous stories with no
  identifier, staff, doctors, athletic trainers, volunteers, staff members' own
  families, donors, named funds and buildings, public and historical figures,
  mascots, pets and therapy dogs, eponymous conditions, campaign hashtags and the
  hospital's own phones, addresses, domain and handles are never labelled - unless
  that person is the patient or a patient's relative.
- NAME: name tokens only; titles outside ("Coach", "Sgt.", "Mayor", "Miss", "Uncle",
  "Dr.", "don", "doña", "la abuela", "Sr." - "Marcus Sr." -> "Marcus"); possessive 's
  outside; family surnames ("the Ellison family" -> "Ellison"); lower-case and ALL
  CAPS names as written; surname-first record names with their initial
  ("TUCKER, BROOKS A."); a name hashtag is one span with its '#' ("#ReedStrong",
  "#FuerzaTanque", "#Ike21", "#LongLiveTheKing").
- DATE: every date element except a bare year, tied to the patient, as written with
  an attached year; a month alone ("in March", "last September" -> "September");
  a holiday on which the patient's event happened, and both expressions when the
  same day is named twice. Articles left out. Weekdays, relative expressions and
  seasons are not labelled, nor are event dates, hospital dates or public figures'.
- AGE: only ages over 89 as written ("95th", "94-year-old", "100TH"), plus
  "centenarian" / "nonagenarian" / "centenaria"; population ages and the ages of
  staff, volunteers and public figures are not labelled.
- GEO: places smaller than a state tied to the patient or family; countries, states,
  regions (Miami Valley) and the hospital's own sites are not GEO.
- PHONE / FAX / EMAIL / URL / IP of the patient or family as written; SSN, MRN,
  HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE: the value only; OTHER_ID: room and
  bed numbers with their keyword, social handles and portal user names; PHOTO: the
  cue word only, when the text says the picture shows the patient.
- Every occurrence of a labelled string is labelled; ok=(...) lists the exceptions.

Decisions of this set:
- Jersey numbers. A patient's jersey number is OTHER_ID, with its '#' or "No." as
  written ("#52", "No. 34", "#44", "#7"); a pro athlete's number is not labelled.
- Room numbers. A patient room given without its keyword ("the Springfield goalie in
  312") is labelled as the number; operating-room numbers on an OR board ("Rm 4"),
  hospital units (4 South, 3 West) and the hospital's clinics are not labelled.
- Teams and schools. The town inside the name of the patient's team, club, league or
  school is GEO ("Beavercreek" Beavers, "Dayton" Dynamo, "Wayne" Warriors / Wayne
  High, "Franklin" Wildcats; "Trotwood-Madison" and "Vandalia-Butler" as written,
  since both halves are places). When a score line names two towns, only the
  patient's team's town is labelled. Mascots and schools, colleges and districts
  named for people or not for a town (Carroll, Alter, Chaminade Julienne, Dunbar,
  Stebbins, Fairmont, Northridge, Wittenberg, Sinclair, Wright State, Ohio State)
  are not GEO.
- Dayton, the hospital's city, is GEO when it is the patient's home, team town or
  workplace ("Dayton's favorite weatherman", "Dayton Flyers guard"), never when it
  locates the hospital.
- Places of injury. A named venue where a patient was hurt is GEO as a whole
  ("Kettering Rec Center", "Kroc Center", "Sky Zone", "Wegerzyn Gardens", "Greene
  County Fairgrounds", "Kettering Fairmont Stadium"), with a Spanish keyword as for
  streets ("parque Triangle", "calle Huffman"); so is a park where a patient works
  (a referee at "Eastwood MetroPark") and the county of a patient's employer
  ("Greene County" Sheriff's Office). A place is GEO only when tied to one patient
  (named or not); a crisis update giving the site of an incident with several
  unnamed patients carries no identifier. Event venues and performance venues are
  not GEO.
- Dates of the patient's own games, races, tournaments and wedding, dates of service
  and a portal login date are DATE.
- Nicknames. A quoted nickname inside a full name is one span with the name
  ('Thomas "Tank" Okonkwo'; a Spanish nickname keeps its article inside the quotes:
  'Kevin “el Tanque” Morales'). A pun that names the patient is labelled ("Sky's the
  limit" for Sky, "King of the court" for Jaylen "King" Moss); the same string used
  as a common word or for someone else is left out through ok=(...) ("Chance
  fracture", "Tommy John surgery", "the sky's the limit", "Thanksgiving Turkey Bowl",
  the quarterback Joe Burrow beside a patient of the same name). Case-different
  words ("grant", "ace", "hope") need no exception.
- Staff, public and local figures and donors are labelled when they are the patient
  (an athletic trainer, the founder at 90, the mayor, a college guard, a pro pitcher,
  a donor) or a patient's relative (a trainer as a patient's father, a volunteer as a
  patient's mother). A building named for a patient-donor's family is not labelled.
- Mascots and costume names (Rowdy, Heater, Gem) are not the performer's name; pets
  and therapy dogs (Tank, Moose, Rocky, Charlie, a beagle called Bishop) are never
  labelled.
- VEHICLE only for the patient's own vehicle; a suspect's plate is not labelled.
- AGE for "102 candles" is "102", for "cumpleaños número 100" is "100".
- PHOTO only when the text says the attached picture shows the patient ("Pictured",
  "in the photo", "esta foto de él", "Foto:"); a video the patient posted herself,
  and photos of staff, are not PHOTO.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev13.jsonl"), os.path.join(HERE, "phi_dev13_org.json"), "d13")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "patient_story",
    "HUNTER IS BACK 🏈🔥 Eight months after his ACL reconstruction, Hunter took the field Friday for the Beavercreek Beavers and ran for 112 yards. Hunter, the whole 3rd-floor PT gym was watching the livestream. #SummitStrong",
    [("NAME", "HUNTER"), ("NAME", "Hunter", "*"), ("GEO", "Beavercreek")],
    note="first name that is a common noun, once in ALL CAPS; home town inside the team name; #SummitStrong is the campaign tag",
)

n(
    "en",
    "health_tip",
    "Hunters, heading into the woods this weekend? Tree-stand falls send more hunters to our spine center every November than any other cause. Wear a harness, use a haul line, and tell someone where you'll be. 🦌 #HuntSafe",
    "'Hunters' is the common noun; a month of a population trend, no patient",
)

n(
    "en",
    "staff_spotlight",
    "Meet Chase Delaney, PT, DPT 👋 Chase joined our pediatric sports clinic in 2019 after six years with the Dayton Dragons. When he isn't rebuilding shoulders, you'll find him coaching his daughter Brooklyn's U10 soccer team in Springboro.",
    "a physical therapist, his own daughter and his town; staff families are never labelled",
)

p(
    "en",
    "patient_story",
    "chase is 14, plays travel hockey, and broke his wrist in two places at Kettering Rec Center in january. today he got the cast off and asked dr. whitaker if he can play saturday (answer: not yet 😅)",
    [("NAME", "chase"), ("GEO", "Kettering Rec Center"), ("DATE", "january")],
    note="lower-case first name that is a verb; the rink where he was hurt; lower-case month of the injury; the surgeon is staff",
)

n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for big-league pitchers anymore. We're seeing UCL tears in 15- and 16-year-olds who throw year-round. Pitch counts matter. Rest months matter. Talk to our pediatric sports team before it's too late ⚾ (937) 555-0142",
    "procedure named for a pitcher; ages of a population; hospital number",
)

p(
    "en",
    "patient_story",
    "Tommy needed Tommy John surgery at 16. Yes, we've heard every joke. 😂 A year later, the Tipp City lefty is throwing bullpens again and says his elbow feels 'better than new.' Proud of you, Tommy! ⚾",
    [("NAME", "Tommy", 1), ("NAME", "Tommy", 3), ("GEO", "Tipp City")],
    note="the patient shares a first name with the eponymous procedure, whose 'Tommy' is left unlabelled",
    ok=("Tommy",),
)

n(
    "en",
    "public_figure",
    "What a morning! Bengals linebacker Marcus Reed stopped by our pediatric sports clinic to sign casts and talk about his own comeback from a torn Achilles. Thank you, Marcus! 🐅 #WhoDey",
    "a visiting pro athlete talks about his own public injury; he is not our patient",
)

p(
    "en",
    "campaign_hashtag",
    "#ReedStrong 💚 Reed's mom asked us to share an update: he's off the ventilator and gave his nurses a thumbs-up this morning. Keep the prayers coming for the Fairborn sophomore. #SummitStrong",
    [("NAME", "#ReedStrong"), ("NAME", "Reed"), ("GEO", "Fairborn")],
    note="name hashtag next to the campaign hashtag; word-like name as a possessive; home town as an adjective",
)

n(
    "en",
    "campaign_hashtag",
    "Every patient who walks out of here on their own two feet is #SummitStrong. Share your recovery photo with the tag and we'll feature our favorites this month 📸💪",
    "campaign hashtag and an invitation; no patient named",
)

p(
    "en",
    "pasted_record",
    "Pt: TUCKER, BROOKS A.  DOB 03/22/2009  MRN 4471-0928\nAdm 10/04 via ED — L5 pars fx (spondylolysis), football\nAtt: Grant Whitaker MD\nPlan: TLSO brace, f/u Spine Ctr 2 wks",
    [
        ("NAME", "TUCKER, BROOKS A."),
        ("DATE", "03/22/2009"),
        ("MRN", "4471-0928"),
        ("DATE", "10/04"),
    ],
    note="surname-first record of a patient whose names are both word-like surnames; the attending is staff",
)

n(
    "en",
    "staff_spotlight",
    "Happy retirement to Dr. Grant Whitaker! 🎉 After 31 years and more than 6,000 spine surgeries, Dr. Whitaker is trading the OR for a fishing boat on Indian Lake. His wife Mercy and grandkids Sky and Rocky threw him a surprise party in the cafeteria today.",
    "a surgeon and his own family, all with word-like names; staff families are never labelled",
)

p(
    "es",
    "patient_story",
    "¡Felicidades, Lupita! 💛 Después de su cirugía de columna el 3 de mayo, nuestra portera favorita volvió a la cancha con las Panteras de Huber Heights. Su abuelita doña Chayo no se perdió ni un partido. #FuerzaLupita",
    [
        ("NAME", "Lupita"),
        ("DATE", "3 de mayo"),
        ("GEO", "Huber Heights"),
        ("NAME", "Chayo"),
        ("NAME", "#FuerzaLupita"),
    ],
    note="diminutive first name; surgery date without the article; team town; grandmother by nickname after 'doña'; name hashtag",
)

n(
    "es",
    "health_tip",
    "¿Tu hijo juega fútbol todo el año? Las lesiones por sobreuso, como la enfermedad de Osgood-Schlatter o la de Sever, son cada vez más comunes entre los 10 y 15 años. Llama a nuestra clínica deportiva pediátrica: (937) 555-0142.",
    "eponymous conditions and population ages; hospital number",
)

p(
    "en",
    "anonymous_story",
    "One of our spine patients turned 100 this week and STILL does his morning stretches before breakfast. The centenarian told our PT team his secret is 'never retire from moving.' 🎂💪",
    [("AGE", "100"), ("AGE", "centenarian")],
    note="no name, but an age over 89 stated twice",
)

n(
    "en",
    "anonymous_story",
    "A high school linebacker came to us last fall unable to feel his legs after a tackle. Today he walked across the stage at graduation. We can't share his name, but we can share how proud we are. 🎓",
    "anonymous story; only relative time expressions",
)

n(
    "en",
    "event",
    "SAVE THE DATE 🗓️ Free sports physicals for Dayton-area athletes: Saturday, July 19, 8 a.m.–noon at 77 Stadium Drive, Beavercreek. Bring your school form! Questions? (937) 555-0188",
    "event date at the hospital's own site; hospital number",
)

n(
    "en",
    "birth_announcement",
    "A future Flyer? 🏀 Our own athletic trainer Kendra Mays welcomed baby boy Bishop on Feb. 2 — Groundhog Day! Bishop was born at Miami Valley but already has his first Summit onesie. Congrats Kendra and Jamal!",
    "birth in a staff member's own family, elsewhere; staff families are never labelled",
)

p(
    "en",
    "birth_announcement",
    "Remember Blaze, the Xenia wrestler who broke his neck in 2021? He and his wife Ashlyn just welcomed daughter Mercy Jo on March 30! From a halo brace to holding his baby girl 💗 #BlazeAndMercy",
    [
        ("NAME", "Blaze"),
        ("GEO", "Xenia"),
        ("NAME", "Ashlyn"),
        ("NAME", "Mercy Jo"),
        ("DATE", "March 30"),
        ("NAME", "#BlazeAndMercy"),
    ],
    note="a former patient's wife and newborn are a patient's relatives; the bare injury year is not labelled",
)

n(
    "en",
    "crisis_update",
    "UPDATE 6:40 p.m.: Following the bleacher collapse at tonight's Northmont game, our ED has received 7 patients, all in stable condition. Families, please use the Far Hills entrance and call (937) 555-0100. We will not release names.",
    "counts only; the school is where an incident happened, not tied to a named patient",
)

p(
    "en",
    "crisis_update",
    'Update on the Northmont bleacher collapse: with her family\'s permission, we can share that Coach Danielle "Dani" Ruffin is out of surgery and resting in room 418. Coach Ruffin was holding the railing for two students when it gave way. 🙏',
    [
        ("GEO", "Northmont"),
        ("NAME", 'Danielle "Dani" Ruffin'),
        ("NAME", "Ruffin", "*"),
        ("OTHER_ID", "room 418"),
    ],
    note="a coach (local figure) is the patient, named after the title 'Coach'; place of the injury; room number",
)

p(
    "en",
    "thank_you",
    "Thank you to the King family for the cookies 🍪 and the handwritten card! Caleb's knee is healing great and we'll see him in the PT gym Tuesday. Go Wayne Warriors!",
    [("NAME", "King"), ("NAME", "Caleb"), ("GEO", "Wayne")],
    note="family surname that is a word; township inside the patient's team name",
)

n(
    "en",
    "sponsor",
    "THANK YOU to Chase Bank for sponsoring this year's Summit 5K! 🏃 Every dollar goes to the Hunter Family Fund for Young Athletes, which covered braces for 212 kids last year.",
    "a bank and a donor-named fund that look like first names",
)

n(
    "en",
    "sponsor",
    "Big thanks to Brooks Running for donating 150 pairs of shoes to our youth running clinic 👟 See you at the Tucker Field House on the 14th!",
    "a shoe brand and a building named for a donor; event date",
)

p(
    "en",
    "patient_story",
    "Remember 'Moose'? 🫎 The 6'5\" Trotwood-Madison lineman who came in with a fractured L2 last September is now committed to Ohio State. Moose, we knew you had it in you. #Buckeyes",
    [("NAME", "Moose", "*"), ("GEO", "Trotwood-Madison"), ("DATE", "September")],
    note="sports nickname that is an animal; school district as home town; month of the injury; a state university is not GEO",
)

n(
    "en",
    "health_tip",
    "Moose, deer, and the occasional wild turkey 🦃 — Ohio roads are busy this time of year. If you ride a motorcycle to practice, slow down at dusk. Our trauma team would rather meet you at a safety fair than in the ED.",
    "'Moose' is the animal here",
)

p(
    "en",
    "memorial",
    'Rest easy, Tank. 💔 Thomas "Tank" Okonkwo coached Dunbar High football for 27 years and was a patient on our spine unit this spring. He passed away on Nov. 8 surrounded by his players. The Wolverines will wear #52 on their helmets all season.',
    [
        ("NAME", 'Thomas "Tank" Okonkwo'),
        ("NAME", "Tank", "*"),
        ("DATE", "Nov. 8"),
        ("OTHER_ID", "#52"),
    ],
    note="nickname alone, then full name with the nickname; date of death; his old jersey number; a school named for a poet is not GEO",
)

n(
    "en",
    "event",
    "Join us Nov. 8 at Welcome Stadium for Concussion Awareness Night 🧠 Our athletic trainers will be on the sidelines with free baseline testing info. #SummitStrong",
    "event date and venue",
)

p(
    "en",
    "patient_story",
    "Sky Nguyen-Park was the first girl to wrestle varsity at Bellbrook. Then came a herniated disc at 16. After microdiscectomy with Dr. Mercy Okafor in our Spine Center, Sky is back on the mat and ranked 4th in the state 🤼‍♀️ Look up, Sky's the limit!",
    [("NAME", "Sky Nguyen-Park"), ("NAME", "Sky", "*"), ("GEO", "Bellbrook")],
    note="word-like first name, also inside a pun; school town; the surgeon Mercy is staff",
)

n(
    "en",
    "health_tip",
    "☀️ Clear skies, 92 degrees, two-a-days. Hydrate before, during and after practice. Heat illness can hit even the fittest athletes. Know the signs: headache, dizziness, nausea, confusion. Call 911 for heat stroke.",
    "92 is a temperature, not an age",
)

p(
    "en",
    "milestone_birthday",
    "Happy 95th birthday to Mr. Walter Brooks, who still bowls three mornings a week in Vandalia! 🎳 Walt had both knees replaced here (in 2009 and 2014) and says he owes his 200 game to Dr. Tucker.",
    [("AGE", "95th"), ("NAME", "Walter Brooks"), ("GEO", "Vandalia"), ("NAME", "Walt")],
    note="age over 89 as an ordinal; short form of the name; bare years unlabelled; Dr. Tucker is staff",
)

n(
    "en",
    "staff_spotlight",
    "Dr. Renee Tucker has been named team physician for the Dayton Flyers 🏀 Dr. Tucker played point guard at Wright State and has spent 12 years in our sports medicine program. Congrats, doc!",
    "a staff physician whose surname is a first-name-like word; universities",
)

n(
    "en",
    "recruitment",
    "We're hiring! Certified athletic trainers (ATC) to cover high school sidelines in Xenia, Fairborn, Beavercreek and Bellbrook. Apply at summitorthodayton.org/careers or call (937) 555-0119. 🏈⚽🏐",
    "towns are the coverage area of a job",
)

p(
    "en",
    "discharge",
    "going home day for our girl Mercy!! 🎉 3 weeks, 2 rods and 14 screws after her scoliosis surgery, she walked out the front door in her Carroll Patriots hoodie. we love you mercy 💜",
    [("NAME", "Mercy"), ("NAME", "mercy")],
    note="first name that is a word (and a hospital name), once lower case; a school named for a person is not GEO",
)

n(
    "en",
    "health_tip",
    "Scheuermann's kyphosis, Chance fractures, Jefferson fractures — spine injuries have some strange names. Our Spine Center explains the most common ones in this week's blog: summitorthodayton.org/spine-101",
    "eponymous spine conditions, one of them 'Chance'",
)

p(
    "en",
    "patient_story",
    "Chance had a Chance fracture. 🙃 Yes, really. The 17-year-old from Englewood flipped his ATV on Frederick Pike on July 4th, and spent 9 days with us. Now he's back in the weight room (with better judgment). #ChanceStrong",
    [
        ("NAME", "Chance", 1),
        ("GEO", "Englewood"),
        ("GEO", "Frederick Pike"),
        ("DATE", "July 4th"),
        ("NAME", "#ChanceStrong"),
    ],
    note="name equal to the eponymous fracture (second 'Chance' unlabelled); road of the crash named like a person; holiday injury date",
    ok=("Chance",),
)

p(
    "en",
    "statistic",
    "By the numbers, 2024 🦴\n• 1,842 ACL reconstructions\n• 611 spine fusions\n• 94 patients over age 90 had joint replacements\n• Oldest patient: 103\nThank you for trusting Summit.",
    [("AGE", "103")],
    note="a statistics post that still gives one patient's age over 89; the population 'over age 90' is not labelled",
)

n(
    "en",
    "statistic",
    "Youth sports injuries in Ohio, 2023: 1 in 3 high school athletes reported at least one injury; ankle sprains led, followed by concussions. The average age of our ACL patients is 17. Prevention starts with strength training.",
    "population figures only",
)

p(
    "es",
    "discharge",
    "¡Se fue a casa Juanito! 🏠⚽ Juan Carlos Mejía, delantero de 15 años del club Dayton Dynamo, pasó 11 días con nosotros tras fracturarse la tibia en el parque Triangle. Gracias a su mamá, la señora Rosa, por los tamales 😋",
    [
        ("NAME", "Juanito"),
        ("NAME", "Juan Carlos Mejía"),
        ("GEO", "Dayton"),
        ("GEO", "parque Triangle"),
        ("NAME", "Rosa"),
    ],
    note="diminutive and full name; club town; park of the injury with its Spanish keyword; mother after 'la señora'",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a nuestra fisioterapeuta Marisol Reyes 💙 Marisol nació en Guadalajara, jugó fútbol universitario en Cedarville y hoy ayuda a nuestros atletas a volver a la cancha. ¡Gracias, Marisol!",
    "a staff member's birthplace and college; staff are never labelled",
)

n(
    "en",
    "hospital_contact",
    "Sports injury? Our walk-in clinic at 815 Wayne Avenue is open weekdays 7–7 and Saturdays 8–noon. No appointment needed. Call (937) 555-0188 or DM @SummitSportsMed.",
    "hospital address, hours, phone and handle",
)


p(
    "en",
    "patient_story",
    "🏀 Brooks Whitfield dropped 31 in his first game back from a torn meniscus. From crutches in December to the Miamisburg record book in March. Brooks, we see you. #BrooksIsBack",
    [
        ("NAME", "Brooks Whitfield"),
        ("NAME", "Brooks", "*"),
        ("DATE", "December"),
        ("GEO", "Miamisburg"),
        ("DATE", "March"),
        ("NAME", "#BrooksIsBack"),
    ],
    note="word-like first name; months of the injury and of his record game; his school town is also a hospital site's town",
)

n(
    "en",
    "health_tip",
    "Torn meniscus ≠ season over. Many meniscus tears can be repaired instead of trimmed, which protects the knee for decades. Ask our sports medicine team which option fits your athlete. 📞 (937) 555-0188",
    "general advice; hospital number",
)

n(
    "en",
    "public_figure",
    "Hall of Famer and Dayton native 'Bubba' Carlisle, 91, spoke to our young athletes today about 20 years in the NFL and the neck injury that ended his career. What a legend 🙌",
    "a retired pro (public figure) with a nickname, a 90+ age and a home town; not our patient",
)

p(
    "en",
    "patient_story",
    "Bubba (yes, that's what everyone calls him) is 92 and just finished rehab after a spinal fusion. He wanted us to tell his fellow veterans at the Post 5 breakfast that he'll be back on Thursday 🇺🇸",
    [("NAME", "Bubba"), ("AGE", "92")],
    note="nickname only and a 90+ age; a veterans' post number is not a place",
)

n(
    "en",
    "event",
    "🏈 SUMMIT SIDELINE SATURDAY 🏈 Our athletic trainers Hunter Olsen, Reed Castillo and Tucker Boyd will be at Roger Glass Stadium on Aug. 23 running concussion baseline tests for ALL Dayton Public Schools athletes. FREE.",
    "staff with word-like first names; event date at a stadium named for a person",
)

p(
    "en",
    "anonymous_story",
    "To the family of the Springfield goalie in 312 — your son left his lucky socks in the PT gym 🧦 Call us at (937) 555-0142 and we'll hold them at the front desk!",
    [("GEO", "Springfield"), ("OTHER_ID", "312")],
    note="no name, but home town and a room number given without the word 'room'; hospital number",
)

p(
    "en",
    "thank_you",
    "A huge thank-you to Rocky's parents, Gina and Dom Castellano, who drove in from Piqua every single day for six weeks. Rocky, keep punching! 🥊",
    [("NAME", "Rocky", "*"), ("NAME", "Gina"), ("NAME", "Dom Castellano"), ("GEO", "Piqua")],
    note="patient only as a word-like first name; parents named; family's home town",
)

n(
    "en",
    "health_tip",
    "Rocky road ahead? 🍦 Recovery after ACL surgery isn't a straight line. Expect good weeks and bad weeks, and lean on your PT. Month 4 is usually the hardest mentally. You've got this.",
    "'Rocky' is an adjective here",
)

n(
    "en",
    "milestone_birthday",
    "Our volunteer Pearl Sampson turns 93 today! 🎂 Pearl has greeted visitors at the Far Hills lobby desk every Tuesday since 1998. Stop by and wish her a happy birthday!",
    "a volunteer's 90+ birthday; volunteers are never labelled",
)

p(
    "en",
    "patient_story",
    "Our own athletic trainer Hunter Olsen finally practiced what he preaches: after tearing his Achilles in a pickup game at the Kroc Center on June 2, Hunter had surgery with Dr. Okafor and is now the one doing calf raises in our PT gym 😂",
    [("NAME", "Hunter Olsen"), ("GEO", "Kroc Center"), ("DATE", "June 2"), ("NAME", "Hunter", "*")],
    note="a staff member who is the patient; place and date of the injury; the surgeon is staff",
)

p(
    "es",
    "patient_story",
    "Valentina, “Vale” para sus compañeras del Alter Knights, se rompió el ligamento cruzado el 14 de febrero, Día de San Valentín. Hoy, seis meses después, volvió a entrenar. ¡Vamos, Vale! 💪⚽",
    [
        ("NAME", "Valentina"),
        ("NAME", "Vale", "*"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día de San Valentín"),
    ],
    note="name and short form; the injury day named twice (date and holiday); a school named for a person is not GEO",
)

n(
    "es",
    "event",
    "Clínica gratuita de prevención de lesiones para jugadoras de fútbol, sábado 12 de abril, 9:00 a.m., en 77 Stadium Drive, Beavercreek. Inscripciones: (937) 555-0155. ¡Trae a tu equipo! ⚽",
    "event date at the hospital's own site; hospital line",
)

p(
    "en",
    "pasted_record",
    "SPORTS MED CLINIC — daily list 9/14\n08:00  KING, GRANT T   14y  R Osgood-Schlatter  (Wayne MS)\n08:20  BISHOP, SKYLAR   16y  L ankle  PT eval\n08:40  REED, MERCEDES   15y  concussion f/u  ImPACT\nAT on call: H. Olsen",
    [
        ("DATE", "9/14"),
        ("NAME", "KING, GRANT T"),
        ("GEO", "Wayne"),
        ("NAME", "BISHOP, SKYLAR"),
        ("NAME", "REED, MERCEDES"),
    ],
    note="clinic list: visit date, surname-first names that are all words, a township in a school name; eponymous condition and the on-call trainer unlabelled",
)

n(
    "en",
    "eponymous_condition",
    "What is Osgood-Schlatter disease? 🦵 It's a painful bump below the kneecap in growing kids who run and jump a lot. Usually harmless, usually outgrown, but worth a check if your athlete is limping. #SportsMedSaturday",
    "eponymous condition explained",
)

p(
    "en",
    "anonymous_story",
    "Shoutout to the 94-year-old who asked our MRI tech to hurry because his bowling league starts at 1 😂 Sir, your scan was perfect, and so is your attitude.",
    [("AGE", "94-year-old")],
    note="anonymous patient with a 90+ age as a hyphenated token",
)

n(
    "en",
    "memorial",
    "Today we remember Dr. James 'Doc' Hollister, founder of our sports medicine program, who died on this day in 2011. Every athlete who walks through the Hollister Pavilion doors carries a little of his legacy.",
    "memorial of a founding physician (staff) and a building named for him",
)

p(
    "en",
    "memorial",
    "We are heartbroken. Grant Ellison, 17, a Centerville Elks captain and one of the kindest kids to ever come through our spine center, died Saturday after a car crash on Clyo Road. Please keep the Ellison family in your thoughts. #GrantStrong 💙",
    [
        ("NAME", "Grant Ellison"),
        ("NAME", "Ellison", "*"),
        ("GEO", "Centerville"),
        ("GEO", "Clyo Road"),
        ("NAME", "#GrantStrong"),
    ],
    note="full name, family surname, name hashtag; team town; road of the crash; weekday unlabelled",
)

n(
    "en",
    "research",
    "Our spine research team just received a $1.2M grant from the NIH to study return-to-play after lumbar stress fractures in teen athletes. Grant funding like this keeps Dayton at the front of sports medicine 🔬",
    "'Grant' at the start of a sentence is the noun",
)

p(
    "en",
    "patient_story",
    'King of the court 👑🏀 Jaylen "King" Moss played 3 minutes tonight. Three minutes after 11 months of rehab on two torn ACLs. The Jefferson Township crowd gave him a standing ovation and so did we. #LongLiveTheKing',
    [
        ("NAME", 'Jaylen "King" Moss'),
        ("NAME", "King", "*"),
        ("GEO", "Jefferson Township"),
        ("NAME", "#LongLiveTheKing"),
    ],
    note="nickname used as a pun and in a hashtag; home township",
)

n(
    "en",
    "hospital_contact",
    "Closed Monday, Jan. 20, for Martin Luther King Jr. Day. Our walk-in line (937) 555-0188 will still take calls from 8 to noon. 🕊️",
    "holiday closure; a public figure's name in a holiday",
)

p(
    "en",
    "discharge",
    "discharged today tucker hayes 16 from lebanon after 2 weeks for a lumbar fusion his little brother bishop made the welcome home sign go warriors",
    [("NAME", "tucker hayes"), ("GEO", "lebanon"), ("NAME", "bishop")],
    note="all lower case, no punctuation; town that is also a country's name; brother named with a word",
)

n(
    "en",
    "health_tip",
    "Watching your kid play in the Bishop Fenwick tournament this weekend? Pack sunscreen, water and a folding chair with back support 🪑 Your spine will thank you after 4 games in a row.",
    "a school named for a bishop",
)

p(
    "es",
    "patient_story",
    "Doña Guadalupe Ortiz, de 90 años, se fracturó la cadera bailando cumbia en la boda de su nieta Karla en Springfield. Hoy ya camina con andadera y nos prometió un baile en el pasillo 💃",
    [("NAME", "Guadalupe Ortiz"), ("AGE", "90"), ("NAME", "Karla"), ("GEO", "Springfield")],
    note="'Doña' outside the name; age of 90; granddaughter; town where she was hurt",
)

n(
    "es",
    "health_tip",
    "¿Sabías que después de los 90 años una caída puede ser tan grave como un accidente de auto? Quita las alfombras sueltas, pon luz en el pasillo y usa zapatos cerrados. Más consejos: summitorthodayton.org/es/caidas",
    "population age; hospital URL",
)

n(
    "en",
    "public_figure",
    "Reds pitcher Tyler Bishop (#34) spent the afternoon at our pediatric sports clinic, talking pitch counts and his own Tommy John recovery. Thanks for inspiring our young arms, Tyler! ⚾",
    "a pro pitcher's jersey number and his public surgery",
)

p(
    "en",
    "patient_story",
    "No. 34 is back on the mound 🔥⚾ After his Tommy John recovery at Summit, Oakwood junior Eli Bishop threw five scoreless innings Tuesday. Eli, your PT team was in the stands!",
    [("OTHER_ID", "No. 34"), ("GEO", "Oakwood"), ("NAME", "Eli Bishop"), ("NAME", "Eli", "*")],
    note="a patient's jersey number; school town; surname that is a word",
)

n(
    "en",
    "crisis_update",
    "Due to severe storms, all outdoor youth sports clinics at our Beavercreek Sports Performance Center are canceled tonight. Indoor sessions will go on as planned. Stay safe, Dayton ⛈️",
    "the hospital's own site",
)

n(
    "en",
    "campaign_hashtag",
    "#TeamTucker isn't a person, it's a place 😉 Our new Tucker Family Rehab Gym opens Monday, thanks to a gift from longtime donors Bill and Jean Tucker. #SummitStrong",
    "hashtag for a gym named for donors; donors are never labelled",
)

p(
    "en",
    "thank_you",
    "To Jean Tucker, who spent 3 weeks with us after her spine surgery and then donated a whole rehab gym in thanks: there are no words. 💙 The Tucker Family Rehab Gym opens Monday.",
    [("NAME", "Jean Tucker")],
    note="the donor is herself a patient; the gym named for her family is left unlabelled",
)

n(
    "en",
    "anonymous_story",
    "Overheard in the PT gym: a 9-year-old gymnast told her therapist she's 'basically a superhero now' because of her titanium screws. We agree. 🦸‍♀️",
    "anonymous; age under 90",
)

p(
    "en",
    "patient_story",
    "Ryder's family set up a page for his rehab costs after the trampoline accident at Sky Zone in Miamisburg. If you'd like to help: gofundme.com/f/ryder-rides-again 💙 We're cheering for you, Ryder!",
    [
        ("NAME", "Ryder", "*"),
        ("GEO", "Sky Zone"),
        ("GEO", "Miamisburg"),
        ("URL", "gofundme.com/f/ryder-rides-again"),
    ],
    note="word-like name; venue and town of the injury (venue contains 'Sky'); family fundraiser URL",
)

n(
    "en",
    "health_tip",
    "Trampoline parks send thousands of kids to ERs every year. One jumper at a time, no flips unless trained, and never jump with someone much bigger than you. 🦘",
    "general advice",
)

n(
    "en",
    "event",
    "Rocky Balboa run, anyone? 🥊 Join our PT team Saturday at 7 a.m. at Deeds Point for a charity stair run up the Dayton Art Institute steps. Registration: summitorthodayton.org/stairs",
    "fictional character; event venue; hospital URL",
)

p(
    "en",
    "patient_story",
    'GAME DAY!!! 🏈 OUR GUY MARCUS "TANK" WILLIAMS RETURNS TO THE FIELD TONIGHT FOR THE FIRST TIME SINCE HIS SPINAL CORD CONCUSSION ON OCT. 3. GO GET EM TANK!!! #TANKTOUGH',
    [
        ("NAME", 'MARCUS "TANK" WILLIAMS'),
        ("NAME", "TANK", "*"),
        ("DATE", "OCT. 3"),
        ("NAME", "#TANKTOUGH"),
    ],
    note="ALL CAPS; nickname in quotes and alone; injury date; name hashtag",
)

n(
    "en",
    "staff_spotlight",
    "Meet Tank, our 110-pound therapy Newfoundland 🐾 Tank visits the spine unit every Wednesday and has never met a patient he couldn't cheer up. #TherapyDogTuesday (he doesn't know what day it is)",
    "a therapy dog with a sports nickname; pets are never labelled",
)

p(
    "es",
    "thank_you",
    "Gracias a la familia Hernández de Fairborn por las pupusas 🫓 y por la tarjeta tan bonita. Mateíto sigue mejorando de su rodilla y ya pide volver al fútbol. ¡Te esperamos en terapia el martes!",
    [("NAME", "Hernández"), ("GEO", "Fairborn"), ("NAME", "Mateíto")],
    note="family surname; family town; diminutive first name",
)

n(
    "es",
    "staff_spotlight",
    "¡Felicidades al Dr. Andrés Castillo, nuestro cirujano de columna, que corrió el maratón de Boston el 21 de abril con su hija Sofía! 🏃‍♂️ Orgullosos de ustedes.",
    "a surgeon, his own daughter and a race date; staff families are never labelled",
)

p(
    "es",
    "anonymous_story",
    "Una jugadora de voleibol de 16 años llegó a urgencias la noche del 31 de diciembre con una fractura de muñeca. Hoy nos mandó un video levantando la copa estatal 🏆. ¡Qué orgullo!",
    [("DATE", "31 de diciembre")],
    note="anonymous, but the exact date of the injury; the video is not attached, so no PHOTO",
)

n(
    "en",
    "research",
    "Study recruiting: high school athletes ages 14–18 with a first-time shoulder dislocation (Bankart or Hill-Sachs lesion) in the last 6 months. Contact our research coordinator at (937) 555-0167. IRB #2025-118.",
    "eponymous lesions; a study number, not a patient's",
)

p(
    "en",
    "patient_story",
    "Pictured: Blaze Kowalski, 15, hugging athletic trainer Reed Castillo on the sideline where he collapsed in August. Follow his journey @blaze_comeback22 🔥",
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Blaze Kowalski"),
        ("DATE", "August"),
        ("OTHER_ID", "@blaze_comeback22"),
    ],
    note="photo caption; month of the collapse; family handle; the trainer is staff",
)


p(
    "en",
    "discharge",
    "Summer's home! ☀️ After a week on 4 South for a fractured pelvis (dirt bike vs. tree, tree won), Summer Lindqvist went home to Yellow Springs today. Her dog Biscuit was waiting in the car 🐶",
    [("NAME", "Summer Lindqvist"), ("NAME", "Summer", "*"), ("GEO", "Yellow Springs")],
    note="name that is a season, first as a possessive; home town; the dog and the hospital unit are not labelled",
)

n(
    "en",
    "health_tip",
    "Summer's almost here ☀️ and so are summer leagues. Ease back in: increase training by no more than 10% a week, and take at least one full rest day. #SummerSafety",
    "'Summer' is the season",
)

p(
    "en",
    "patient_story",
    "Dayton's favorite weatherman Stormy Kaminski (yes, really) came to us after slipping on ice on Wyoming Street on Jan. 9. Three screws in his ankle later, Stormy says the forecast is 'partly crutchy.' 🌨️😂",
    [
        ("GEO", "Dayton"),
        ("NAME", "Stormy Kaminski"),
        ("NAME", "Stormy", "*"),
        ("GEO", "Wyoming Street"),
        ("DATE", "Jan. 9"),
    ],
    note="a local TV figure who is the patient, and the city he works in; street of the fall named after a state; injury date",
)

n(
    "en",
    "sponsor",
    "Stormy skies can't stop the Dayton Dragons! ⚾ Our sports medicine team is proud to be the official orthopedic provider of the Dragons for the 10th straight season. See you at Day Air Ballpark.",
    "'Stormy' is an adjective; a team and its ballpark",
)

p(
    "en",
    "pasted_record",
    "Reminder for Thursday huddle: bed 7 (Grant, the Wittenberg QB) needs his brace checked before PT, and mom wants a call back at 937-555-2817 before 3.",
    [("OTHER_ID", "bed 7"), ("NAME", "Grant"), ("PHONE", "937-555-2817")],
    note="internal note posted by mistake: bed number, word-like first name, mother's phone; a college named for a German city is not GEO",
)

n(
    "en",
    "event",
    "Grant Park 5K for spinal cord injury research — Saturday, May 17, 8 a.m., Grant Park, Centerville. All proceeds go to the Reed Foundation. 🏃",
    "a park and a foundation named like people; event date and venue",
)

p(
    "es",
    "discharge",
    "¡Hoy se va a casa don Chuy! 🏠 José de Jesús Ramírez, de 93 años, entrenador de béisbol de toda la vida en la liga de West Carrollton, se recuperó de su fractura de cadera. Sus nietos Iker y Ximena vinieron por él 💙",
    [
        ("NAME", "Chuy"),
        ("NAME", "José de Jesús Ramírez"),
        ("AGE", "93"),
        ("GEO", "West Carrollton"),
        ("NAME", "Iker"),
        ("NAME", "Ximena"),
    ],
    note="nickname after 'don' and full name; 90+ age; the town he coaches in; grandchildren",
)

n(
    "es",
    "health_tip",
    "Para los entrenadores de ligas infantiles: un niño con un golpe en la cabeza NO regresa al juego el mismo día. Ante la duda, fuera del partido. Llámanos al (937) 555-0155 si tienes preguntas. 🧠",
    "general advice; hospital line",
)

p(
    "en",
    "patient_story",
    'Huge shoutout to the folks in 45385 who lined the streets to welcome home Xenia\'s own Dakota "Tank" Pruitt after 6 weeks in our spine rehab program. 🚒🎉 Tank, the whole town showed up for you.',
    [("GEO", "45385"), ("GEO", "Xenia"), ("NAME", 'Dakota "Tank" Pruitt'), ("NAME", "Tank", "*")],
    note="home ZIP code and town; nickname inside the full name and alone",
)

n(
    "en",
    "hospital_contact",
    "New patients at our Spine Center (1450 Brown Street, Dayton, OH 45409): please arrive 20 minutes early and bring your insurance card and photo ID. Questions? (937) 555-0167 📋",
    "hospital address and phone",
)

p(
    "en",
    "milestone_birthday",
    'Nonagenarian and still swinging ⛳ Happy birthday to Dorothy "Dot" Finch, who celebrated by playing nine holes at her home course in Kettering, 8 months after her hip replacement! Dot, you\'re our hero.',
    [
        ("AGE", "Nonagenarian"),
        ("NAME", 'Dorothy "Dot" Finch'),
        ("NAME", "Dot", "*"),
        ("GEO", "Kettering"),
    ],
    note="'nonagenarian' states a 90+ age; nickname; her town",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Dot Alvarez has worked nights on our ortho unit for 41 years 🌙 Dot has seen 3 renovations, 5 CEOs and exactly one raccoon in the lobby. Happy Nurses Week, Dot!",
    "a nurse with the same short name as a patient elsewhere",
)

p(
    "en",
    "thank_you",
    "Dear Blaze's grandpa, the fishing lure you left at the nurses' station is now hanging on our bulletin board 🎣 Tell Blaze we said hi and to keep doing his exercises!",
    [("NAME", "Blaze", "*")],
    note="word-like first name only, first as a possessive",
)

n(
    "en",
    "health_tip",
    "🔥 Blaze your own trail this spring, but wear the right shoes. Trail running ankle sprains peak in April and May. Strengthen those ankles with our 5-minute routine: summitorthodayton.org/ankles",
    "'Blaze' is a verb; months of a population trend",
)

p(
    "en",
    "patient_story",
    "We got the sweetest email from Mercy's dad (he asked us to share it, and said anyone can reach him at rmcbride.family@gmail.com): 'Six months ago she couldn't sit up. Yesterday she did a cartwheel.' 🤸‍♀️ Mercy, we're so proud.",
    [("NAME", "Mercy", "*"), ("EMAIL", "rmcbride.family@gmail.com")],
    note="word-like first name; the father's e-mail address",
)

n(
    "en",
    "crisis_update",
    "Our phone lines are down at the Miamisburg outpatient PT clinic (300 Corporate Center Drive). Please call the main line at (937) 555-0100 to reschedule. We apologize for the inconvenience.",
    "hospital site and number",
)

p(
    "en",
    "patient_story",
    "From Monterrey to Dayton ⚽🇲🇽 Santiago 'Santi' Garza, 16, came to us with a stress fracture in his back. Hoy juega otra vez con Dayton Dutch Lions Academy. ¡Vamos, Santi!",
    [
        ("GEO", "Monterrey"),
        ("GEO", "Dayton", "*"),
        ("NAME", "Santiago 'Santi' Garza"),
        ("NAME", "Santi", "*"),
    ],
    note="mostly English with Spanish lines; foreign birthplace; hospital's city as his home and in his club's name; nickname",
)

n(
    "en",
    "event",
    "On March 14, 2019, our first pediatric sports clinic opened its doors with 2 exam rooms and 1 athletic trainer. Six years later: 14 rooms, 22 ATs, and more than 40,000 young athletes seen. Happy birthday to us! 🎂",
    "a full date and a 'birthday' that belong to the hospital",
)

n(
    "en",
    "anonymous_story",
    "A dad stopped by our front desk today just to say thank you. His daughter tore her ACL last year; tonight she plays in the regional final. He didn't want her name on social media, so we're just saying: go get 'em, kiddo. 💙",
    "anonymous; relative times only",
)

p(
    "en",
    "patient_story",
    "shoutout to reed from springboro who benched his first 200 lbs today six months post shoulder surgery 💪 #reedstrong",
    [("NAME", "reed"), ("GEO", "springboro"), ("NAME", "#reedstrong")],
    note="lower-case word-like name, town and name hashtag",
)

n(
    "en",
    "health_tip",
    "Read the label 👀 Not all 'sports drinks' are created equal. For practices under an hour, water is enough. For longer sessions in the heat, look for sodium and potassium. #HydrationTip",
    "'Read' sounds like a name used elsewhere",
)

p(
    "en",
    "pasted_record",
    "Fwd from Spine Ctr scheduling — please confirm:\nName: Ayden King\nDOB: 11/30/2007\nIns: Anthem BCBS  Member ID: YRK884019233\nAddr: 2214 Catalpa Dr, Dayton OH 45406\nCell: (937) 555-3390\nPre-op: 12/9  L4-5 discectomy",
    [
        ("NAME", "Ayden King"),
        ("DATE", "11/30/2007"),
        ("HEALTH_PLAN", "YRK884019233"),
        ("GEO", "2214 Catalpa Dr"),
        ("GEO", "Dayton"),
        ("GEO", "45406"),
        ("PHONE", "(937) 555-3390"),
        ("DATE", "12/9"),
    ],
    note="forwarded scheduling record: name, DOB, member id, home address in the hospital's city, cell phone in the hospital's area code, surgery date",
)

p(
    "es",
    "pasted_record",
    "Nota de enfermería — 2 de junio\nPaciente: María Fernanda Ruiz López, 17 años\nHabitación 214, cama B\nDx: luxación de rodilla derecha (partido de fútbol en Kettering)\nContacto: mamá, Sra. Leticia López, 937-555-4471",
    [
        ("DATE", "2 de junio"),
        ("NAME", "María Fernanda Ruiz López"),
        ("OTHER_ID", "Habitación 214"),
        ("OTHER_ID", "cama B"),
        ("GEO", "Kettering"),
        ("NAME", "Leticia López"),
        ("PHONE", "937-555-4471"),
    ],
    note="pasted nursing note: date, two-surname name, room and bed, town of the injury, mother's name and phone",
)

n(
    "en",
    "staff_spotlight",
    "Say hello to Dr. Bishop King, our newest pediatric sports medicine fellow 👋 Dr. King grew up in Troy, played lacrosse at Denison, and says his favorite injury to treat is 'anything I can fix with a brace and a pep talk.'",
    "a fellow whose names are both words; his own home town",
)

p(
    "en",
    "patient_story",
    "Troy from Troy 😄 Troy Madsen, a Troy High swimmer, had his shoulder stabilized here in April. This weekend he swam a personal best at the district meet. Congrats Troy!",
    [
        ("NAME", "Troy", 1),
        ("GEO", "Troy", 2),
        ("NAME", "Troy Madsen"),
        ("GEO", "Troy", 4),
        ("NAME", "Troy", 5),
        ("DATE", "April"),
    ],
    note="the patient's first name is his town's name; month of surgery",
)

n(
    "en",
    "eponymous_condition",
    "Lou Gehrig played 2,130 straight games. ALS, the disease that now carries his name, is not a sports injury, but our neuromuscular clinic works with the ALS Association of Ohio to keep patients moving. 💙 #ALSAwareness",
    "historical athlete and the disease named for him",
)

p(
    "en",
    "memorial",
    'Rest in peace, Ike. 💔 We lost Isaiah "Ike" Brown, Chaminade Julienne\'s No. 21, on Christmas Eve, 4 days after his spinal cord injury. Our spine unit will never forget his smile. #Ike21',
    [
        ("NAME", 'Isaiah "Ike" Brown'),
        ("NAME", "Ike", "*"),
        ("OTHER_ID", "No. 21"),
        ("DATE", "Christmas Eve"),
        ("NAME", "#Ike21"),
    ],
    note="nickname, jersey number, holiday date of death, hashtag of name and number; a school named for people is not GEO",
)

n(
    "en",
    "hospital_contact",
    "Christmas Eve hours: our walk-in clinic at 815 Wayne Avenue closes at noon on Dec. 24 and reopens Dec. 26. Merry Christmas from all of us at Summit 🎄",
    "holiday hours at a hospital site",
)

p(
    "es",
    "patient_story",
    "Conozcan a Rocío, la “Roca” del equipo de softbol de Fairmont 🥎. Se lastimó la espalda en el torneo de Centerville el pasado 9 de marzo y hoy volvió a batear. ¡Así se hace, Roca!",
    [("NAME", "Rocío"), ("NAME", "Roca", "*"), ("GEO", "Centerville"), ("DATE", "9 de marzo")],
    note="nickname that is a common noun; town and date of the injury; a school name that is not a town is not GEO",
)

n(
    "en",
    "sponsor",
    "Thank you, Mercy Health, for partnering with us on free sports physicals for Dayton Public Schools athletes this summer. Together we screened 1,100 kids! 🩺",
    "'Mercy' is a health system's name",
)

p(
    "en",
    "crisis_update",
    "Hit-and-run update: police are asking anyone with information about a silver pickup, Ohio plate JKR 4417, to call 911. The cyclist struck on Patterson Road Tuesday night, Chase Whitman, 19, remains in our trauma unit.",
    [("GEO", "Patterson Road"), ("NAME", "Chase Whitman")],
    note="road of the crash and the patient's name; the plate belongs to the suspect's vehicle, not the patient or family",
)

n(
    "en",
    "health_tip",
    "Bike commuters: a helmet cuts your risk of serious head injury by about 70%. Add lights, wear bright colors, and ride with traffic. See you on the trails, not in the trauma bay 🚲",
    "general advice",
)

p(
    "en",
    "discharge",
    "Admitted on Halloween as a very unhappy Spider-Man with a broken femur 🕷️, discharged today as a very happy one! Keep climbing, Archer! (Just not the garage roof.)",
    [("DATE", "Halloween"), ("NAME", "Archer")],
    note="holiday of admission; word-like first name at the end",
)

n(
    "en",
    "anonymous_story",
    "One of our young patients asked if his cast could be 'Bengals orange with stripes.' Our cast tech delivered. 🐅 Who wants to guess how many colors we stock? (Answer: 16.)",
    "anonymous; a team name",
)

n(
    "en",
    "statistic",
    "In 2024 our athletic trainers covered 1,312 games at 19 high schools across Montgomery, Greene, Warren and Miami counties. That's a lot of tape. 🏈🏀⚽",
    "counties as a coverage area",
)

n(
    "es",
    "event",
    "¡Noche de fútbol y salud! 🌙⚽ El viernes 6 de junio, de 6 a 9 p.m., en el parque Triangle: pruebas de conmoción cerebral gratis, tacos y música. Más información: (937) 555-0155.",
    "event date and venue; hospital line",
)

p(
    "es",
    "memorial",
    "Descansa en paz, don Beto. 🕊️ Roberto Salinas entrenó a cientos de niños en la liga hispana de Dayton durante 30 años. Fue paciente de nuestra unidad de columna y falleció el 2 de noviembre, Día de Muertos. Su esposa Chela nos pidió compartir esta foto de él con su equipo.",
    [
        ("NAME", "Beto"),
        ("NAME", "Roberto Salinas"),
        ("GEO", "Dayton"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("NAME", "Chela"),
        ("PHOTO", "foto"),
    ],
    note="nickname after 'don'; the town he coached in; date of death named twice; wife's nickname; photo of the patient",
)

p(
    "en",
    "public_figure",
    "We're honored that Dayton Flyers guard Reggie Kingston trusted our team with his ankle surgery on Feb. 11. Reggie asked us to share: 'I'll be back soon, Flyer Nation.' 🏀 (Shared with his permission.)",
    [("GEO", "Dayton"), ("NAME", "Reggie Kingston"), ("NAME", "Reggie", "*"), ("DATE", "Feb. 11")],
    note="a public figure who is our patient is labelled, with his team's town; surgery date",
)

p(
    "en",
    "crisis_update",
    "A Fairborn High band member was hurt when a float tipped during Saturday's parade. She is in fair condition in our trauma unit. Her family has asked for privacy.",
    [("GEO", "Fairborn")],
    note="one unnamed patient, but her school's town",
)

n(
    "en",
    "recruitment",
    "Calling all former patients! 📣 We're looking for 10 young athletes to share their recovery stories in our new 'Back in the Game' video series. Email stories@summitorthodayton.org to apply.",
    "a call for volunteers; hospital e-mail",
)


p(
    "en",
    "patient_story",
    "FINAL: CENTERVILLE 28, SPRINGBORO 21 🏈 AND THE ELKS' GAME-WINNING TD WAS CAUGHT BY... GUNNER ST. PIERRE!!! 10 MONTHS AFTER HIS ACL TEAR. WE ARE NOT CRYING, YOU'RE CRYING. 😭 #GUNNERSTRONG",
    [("GEO", "CENTERVILLE"), ("NAME", "GUNNER ST. PIERRE"), ("NAME", "#GUNNERSTRONG")],
    note="ALL CAPS score line: his team's town (the Elks) is GEO, the opponent's is not; word-like first name; name hashtag",
)

n(
    "en",
    "health_tip",
    "GAME NIGHT CHECKLIST FOR PARENTS 📋 WATER ✅ SNACKS ✅ BLANKET ✅ ATHLETIC TRAINER ON THE SIDELINE ✅ (WE'VE GOT THAT ONE COVERED AT 19 AREA HIGH SCHOOLS.) #FRIDAYNIGHTLIGHTS",
    "ALL CAPS advice; no person",
)

p(
    "en",
    "patient_story",
    "Meet Grace & Hope, the twin sisters from Germantown who both tore their ACLs in the same soccer season 😳 Grace had surgery in October, Hope in November. Now they're back on the field, side by side. #TwinStrong",
    [
        ("NAME", "Grace", "*"),
        ("NAME", "Hope", "*"),
        ("GEO", "Germantown"),
        ("DATE", "October"),
        ("DATE", "November"),
    ],
    note="two patients whose names are virtues; home town; months of surgery; #TwinStrong holds no name",
)

n(
    "en",
    "health_tip",
    "There's hope after a spinal cord injury. 💙 Our SCI rehab program helps patients relearn daily tasks, return to work, and even get back into adaptive sports. Learn more: summitorthodayton.org/sci",
    "'hope' is the noun",
)

p(
    "en",
    "anonymous_story",
    "On Sept. 27 a 15-year-old from New Carlisle came to our ED after a helmet-to-helmet hit. Today he told his story to 400 coaches at our concussion summit. We're keeping his name private, but not his courage.",
    [("DATE", "Sept. 27"), ("GEO", "New Carlisle")],
    note="no name, but the date of the injury and a home town named like a surname",
)

n(
    "en",
    "staff_spotlight",
    "Congrats to our spine nurse manager Carlisle Reyes, named Nurse Leader of the Year by the Ohio Organization of Nurse Leaders! 🏆 Carlisle has led our spine unit since 2016.",
    "a nurse manager whose first name is a town's",
)

p(
    "es",
    "patient_story",
    "“Nunca me voy a rendir” 💪 Así nos dijo Kevin “el Tanque” Morales, mediocampista de Stebbins High, después de su cirugía de hombro el 19 de agosto. ¡Te esperamos en la cancha, Tanque! #FuerzaTanque",
    [
        ("NAME", "Kevin “el Tanque” Morales"),
        ("NAME", "Tanque", "*"),
        ("DATE", "19 de agosto"),
        ("NAME", "#FuerzaTanque"),
    ],
    note="Spanish nickname that is a common noun, in the full name, alone and in a hashtag; surgery date; a school named for a person is not GEO",
)

n(
    "en",
    "health_tip",
    "Shoulder dislocations in contact sports: the first one is often the worst, but the second is more likely than you think. Ask about a stabilization consult. 🏈 (937) 555-0188",
    "general advice; hospital number",
)

p(
    "en",
    "thank_you",
    "Dear Marlene and Pete — thank you for the 3 dozen donuts 🍩 and for trusting us with your grandson's back. We'll miss seeing you every morning at 7! Tell Colton we expect a signed jersey. 💙",
    [("NAME", "Marlene"), ("NAME", "Pete"), ("NAME", "Colton")],
    note="grandparents named first with no cue that they are relatives until later; patient's first name at the end",
)

n(
    "en",
    "sponsor",
    "Dear Dayton: thank you. 🙏 Because of 2,300 of you, the Summit Foundation raised $412,000 for adaptive sports equipment this year. Special thanks to presenting sponsors Marlene & Pete Hutchins and Chase Bank. (937) 555-0123",
    "donors with the same first names as patients' relatives elsewhere; donors are never labelled",
)

p(
    "en",
    "patient_story",
    "Meet the newest member of Team Titanium: Cole Brennan, 16, whose spinal cord stimulator (serial SCS-7T-004821) has given him his first pain-free track season 🏃‍♂️ Cole's coach at Bellbrook says he's never seen him smile this much.",
    [
        ("NAME", "Cole Brennan"),
        ("DEVICE", "SCS-7T-004821"),
        ("NAME", "Cole", "*"),
        ("GEO", "Bellbrook"),
    ],
    note="implant serial number; school town",
)

n(
    "en",
    "research",
    "New study from our Spine Center: spinal cord stimulators reduced opioid use by 61% in 84 patients followed for two years. Published this month in Spine. Read it at summitorthodayton.org/research",
    "aggregate research result",
)

p(
    "en",
    "milestone_birthday",
    "102 candles 🎂🎂 Happy birthday to our longest-running patient, Mrs. Edna Fairchild of Oakwood, who had her first hip surgery here in 1979! She celebrated with cake and a slow lap of the PT track.",
    [("AGE", "102"), ("NAME", "Edna Fairchild"), ("GEO", "Oakwood")],
    note="age given as a number of candles; bare year of surgery unlabelled",
)

n(
    "en",
    "public_figure",
    "Happy 100th birthday to Coach Ermal 'Pop' Vickers, who led the Stivers Tigers to 3 state titles and later founded the Miami Valley Youth Football League 🏈 Pop, from all of us at Summit: thank you for 70 years of keeping kids moving.",
    "a local public figure's 100th birthday; he is not presented as a patient",
)

n(
    "en",
    "event",
    "Born on the 4th of July? 🇺🇸 Then you qualify for a free sports physical at our July 4th Summit Stars & Stripes clinic! (Ok, everyone does. Just come.) 77 Stadium Drive, Beavercreek, 9–noon.",
    "a 'born on' joke about an event date; hospital site",
)

p(
    "en",
    "birth_announcement",
    "Born on the 4th of July: congrats to former Summit patient and Dayton Dragons pitcher Luis Caraballo and his wife Marisa on the birth of their son Mateo! ⚾🇺🇸 We fixed Luis's elbow in 2022, now we're just waiting to fix Mateo's curveball.",
    [
        ("DATE", "4th of July"),
        ("GEO", "Dayton"),
        ("NAME", "Luis Caraballo"),
        ("NAME", "Luis", "*"),
        ("NAME", "Marisa"),
        ("NAME", "Mateo", "*"),
    ],
    note="a pro athlete who was our patient, with his team's town; his wife and newborn are a patient's relatives; birth on a holiday",
)

p(
    "en",
    "discharge",
    "Bed 12 is empty and we're thrilled about it 🎉 Our favorite 6th-grader (and self-appointed hallway DJ) went home today after his femur surgery. Bed 12, we'll miss the music.",
    [("OTHER_ID", "Bed 12", "*")],
    note="no name, but the bed number, used as a nickname",
)

n(
    "en",
    "crisis_update",
    "Water main break on Far Hills Avenue: the main hospital entrance is closed until 4 p.m. Please use the Brown Street Spine Center lot and our shuttle. 🚧",
    "the hospital's own streets",
)

p(
    "es",
    "patient_story",
    "mil gracias a toda la familia de la cruz por su apoyo durante la recuperacion de santi despues de la caida en la pista de patinaje de riverside el 22 de enero 💙 ya camina sin muletas",
    [("NAME", "de la cruz"), ("NAME", "santi"), ("GEO", "riverside"), ("DATE", "22 de enero")],
    note="lower case, no accents: compound family surname, nickname, town of the fall that is a common word, date of the fall",
)

n(
    "es",
    "health_tip",
    "Patinaje sobre hielo: usa casco, aprende a caer de lado y nunca patines solo en lagos congelados. ❄️ Si tienes una lesión, nuestra línea en español te atiende: (937) 555-0155.",
    "general advice; hospital line",
)

p(
    "en",
    "pasted_record",
    "ATHLETIC TRAINER INCIDENT REPORT\nAthlete: Hunter J. Bishop   Grade 11   #44\nSchool: Northridge HS   Sport: FB\nDate of injury: 10/17   Location: Kettering Fairmont Stadium\nMechanism: helmet to helmet; LOC ~20 sec\nParent: Dana Bishop (937) 555-6120",
    [
        ("NAME", "Hunter J. Bishop"),
        ("OTHER_ID", "#44"),
        ("DATE", "10/17"),
        ("GEO", "Kettering Fairmont Stadium"),
        ("NAME", "Dana Bishop"),
        ("PHONE", "(937) 555-6120"),
    ],
    note="incident form: name, jersey number, injury date and place, parent's name and phone; a school district name is not GEO",
)

n(
    "en",
    "health_tip",
    "Helmet-to-helmet hits are illegal for a reason. Coaches: teach heads-up tackling from the first practice. Parents: ask your school whether a certified athletic trainer is at every game. #ConcussionAwareness",
    "general advice",
)

n(
    "en",
    "campaign_hashtag",
    "#KingsOfTheCourt 👑 Our wheelchair basketball clinic is back! Every Tuesday, 6 p.m., at our Sports Performance Center. Open to adults and teens with spinal cord injury or limb difference. No experience needed.",
    "program hashtag with a name-like word",
)

p(
    "en",
    "patient_story",
    "meet our newest wheelchair basketball star: 14-year-old Journee, who lost the use of her legs in a swimming pool accident at a friend's house in Trotwood last July. now she's dropping threes. 🏀♿ journee says 'tell everyone i'm coming for the paralympics'",
    [("NAME", "Journee"), ("GEO", "Trotwood"), ("DATE", "July"), ("NAME", "journee")],
    note="name close to a word, once lower case; town and month of the accident ('last July' keeps the month)",
)

n(
    "en",
    "eponymous_condition",
    "Legg-Calvé-Perthes disease affects the hip in kids ages 4 to 10, usually boys. Early signs: a limp, knee pain, or a child who suddenly won't run. Our pediatric orthopedic team sees Perthes patients every Thursday. 🦴",
    "eponymous condition",
)

p(
    "en",
    "patient_story",
    "We see you, @brooklynn.kicks ⚽🔥 Brooklynn tagged us in her first-goal-back video tonight and our PT team is SCREAMING. Twelve months since her ACL surgery. #SummitStrong",
    [("OTHER_ID", "@brooklynn.kicks"), ("NAME", "Brooklynn")],
    note="the patient's own social handle and first name; her video is not attached by us, so no PHOTO",
)

n(
    "en",
    "event",
    "Meet the Dayton Dragons mascots Heater and Gem at our Kids' Sports Safety Fair! Saturday 10–2 at the Sports Performance Center 🐉⚾ Free helmets for the first 200 kids.",
    "mascots with name-like names",
)

p(
    "en",
    "memorial",
    "Ten years ago today we lost Kenny 'Rip' Rippetoe, the Vandalia-Butler wrestler whose fight inspired our spinal cord injury program. His mom Barb still volunteers here every Friday. Rip, we carry you with us. 🕊️",
    [
        ("NAME", "Kenny 'Rip' Rippetoe"),
        ("NAME", "Rip", "*"),
        ("GEO", "Vandalia-Butler"),
        ("NAME", "Barb"),
    ],
    note="nickname that is a word; school district of two places; the mother is a volunteer but also a patient's relative, so labelled; relative date unlabelled",
)

n(
    "en",
    "staff_spotlight",
    "Our volunteer of the year is Barb Kessler! 🏅 Barb has logged 1,200 hours at our Spine Center front desk since 2015 and knows every regular by name (and coffee order).",
    "a volunteer; never labelled",
)

n(
    "es",
    "anonymous_story",
    "Una paciente de 88 años nos contó que su secreto es bailar todos los días. ¡Nos encanta! 💃 Recuerden: moverse es la mejor medicina a cualquier edad.",
    "anonymous patient aged under 90",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100 a doña Cruz Villanueva! 🎉 La centenaria más alegre de nuestro programa de terapia nació en Fresnillo y lleva 60 años en Dayton. ¡Que viva doña Cruz!",
    [
        ("AGE", "100"),
        ("NAME", "Cruz Villanueva"),
        ("NAME", "Cruz", "*"),
        ("AGE", "centenaria"),
        ("GEO", "Fresnillo"),
        ("GEO", "Dayton"),
    ],
    note="first name that is a word ('cross'); age as 'número 100' and 'centenaria'; foreign birthplace; home in the hospital's city",
)

n(
    "en",
    "hospital_contact",
    "Se habla español 🇲🇽🇵🇷🇬🇹 Our Spanish-language line is staffed weekdays 8–5: (937) 555-0155. Follow @SummitOrthoES for health tips en español.",
    "hospital line and handle",
)

p(
    "en",
    "patient_story",
    "Kai's grandparents flew in from Honolulu to see him walk across the gym for the first time since his spinal surgery 🌺 Kai's tutu brought leis for every nurse on the floor. Mahalo, Kai's 'ohana!",
    [("NAME", "Kai", "*"), ("GEO", "Honolulu")],
    note="short first name as possessive only; the grandparents' city",
)

n(
    "en",
    "health_tip",
    "Surfing, skating, snowboarding: board sports are a blast and a leading cause of wrist fractures in teens. Wrist guards are cheap. Casts are not. 🛹🏂",
    "general advice",
)

p(
    "en",
    "thank_you",
    "Thank you, Mr. and Mrs. Nakamura! 🙏 Your thank-you card to our 5th floor — written in English and Japanese — is now framed next to the nurses' station. We're so glad Ren is back on the tennis court. 🎾",
    [("NAME", "Nakamura"), ("NAME", "Ren")],
    note="parents by surname after honorifics; short first name",
)

n(
    "en",
    "event",
    "July 26, 1990 — the day the ADA was signed. 35 years later, we're proud to host the Dayton Adaptive Sports Expo on July 26 at the Sports Performance Center. All abilities welcome ♿🏀",
    "a historical date and an event date",
)

p(
    "en",
    "discharge",
    "Cogratulations to Maddox on his discharge!!! Our whole unit is gonna miss you bud. Maddox spent 19 days with us after his snowmobile crash near Indian Lake. stay off the ice kid 😂❄️",
    [("NAME", "Maddox", "*"), ("GEO", "Indian Lake")],
    note="typo; first name; lake where the crash happened",
)

n(
    "en",
    "staff_spotlight",
    "Shoutout to athletic trainer Maddox Reilly, who performed CPR on a spectator in the stands Friday night and kept him alive until EMS arrived. 🫀 Maddox, you're a hero.",
    "staff member; the rescued spectator carries no identifier",
)

p(
    "es",
    "discharge",
    "¡Alta médica para Sofi! 🎉 Sofía Ángeles, de 12 años, gimnasta de un club de Vandalia, se fracturó el codo el 12 de diciembre, Día de la Virgen de Guadalupe, y hoy se fue a casa con su papá Memo y su hermano Toño.",
    [
        ("NAME", "Sofi"),
        ("NAME", "Sofía Ángeles"),
        ("GEO", "Vandalia"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Memo"),
        ("NAME", "Toño"),
    ],
    note="diminutive and full name; club town; injury date named twice, the feast name containing a first name; relatives' nicknames",
)

n(
    "en",
    "statistic",
    "Fun fact: 1 in 5 of our ACL patients this year was named Hunter, Chase, Brooks or Grant. (Ok, we made that up. But it FEELS true.) 😂 Real stat: 71% of our ACL patients are back to sport within a year.",
    "first names as a joke about a population; no patient",
)


p(
    "en",
    "patient_story",
    "No, not THAT Joe Burrow. 😂 Our Joe Burrow is a 13-year-old quarterback from Fairborn who broke his collarbone on Sept. 6 and is already back throwing spirals. Joe, the Bengals called — they want their name back.",
    [("NAME", "Joe Burrow", 2), ("GEO", "Fairborn"), ("DATE", "Sept. 6"), ("NAME", "Joe", 3)],
    note="the patient shares a famous quarterback's name: the first mention is the public figure, the second the patient",
    ok=("Joe Burrow", "Joe"),
)

n(
    "en",
    "public_figure",
    "Joe Burrow's wrist surgery in 2023 got a lot of people asking about scapholunate ligament tears. Here's what that injury is, and why athletes of any age shouldn't 'play through' wrist pain: summitorthodayton.org/wrist",
    "a public figure's publicly reported surgery; not our patient",
)

p(
    "en",
    "patient_story",
    "Scoliosis didn't stop Skye. 🩰 At 13 she had a 52-degree curve; after vertebral body tethering at our Spine Center, the Kettering ballet student is dancing Clara in this year's Nutcracker at the Victoria Theatre. Break a leg (not literally), Skye!",
    [("NAME", "Skye", "*"), ("GEO", "Kettering")],
    note="name spelled like a word; home town; a role name and a performance venue are not labelled",
)

n(
    "en",
    "health_tip",
    "Is it scoliosis or just bad posture? 🤔 A quick at-home check: have your child bend forward and look for one shoulder blade or one side of the back sitting higher. If you see it, call our Spine Center: (937) 555-0167.",
    "general advice; hospital number",
)

n(
    "en",
    "staff_spotlight",
    "Happy 25th work anniversary to Brooks Adeyemi, the cast tech who has wrapped an estimated 40,000 casts in every color of the rainbow 🌈 Brooks says purple is still the most requested.",
    "a staff member with a word-like first name",
)

p(
    "es",
    "patient_story",
    "Gracias a Dios y gracias a Summit 🙏 Mi hijo Emiliano se fracturó dos vértebras jugando americano en Troy el 1 de noviembre. Hoy, tres meses después, ya corre. — su mamá, Araceli",
    [("NAME", "Emiliano"), ("GEO", "Troy"), ("DATE", "1 de noviembre"), ("NAME", "Araceli")],
    note="a mother's testimonial signed with her first name; town and date of the injury",
)

n(
    "es",
    "health_tip",
    "Día de Muertos, Navidad, Año Nuevo: las fiestas traen comida, familia… y escaleras. Cada año atendemos caídas en casa durante diciembre. Pon barandales y buena luz. 🕯️",
    "holidays and a month not tied to any patient",
)

p(
    "en",
    "anonymous_story",
    "To whoever is in Room 516 blasting Queen at 6 a.m. during PT: 'We Will Rock You' is a great choice, but maybe a little quieter? 😂 Love, the night nurses.",
    [("OTHER_ID", "Room 516")],
    note="no name, but a room number; 'Queen' is a band",
)

n(
    "en",
    "event",
    "We Will Rock You 🎸 Join our spine rehab graduates for a Queen-themed dance party on May 3 in the Far Hills atrium. Walkers, canes and wheelchairs welcome!",
    "event date at a hospital site; a group of former patients",
)

p(
    "en",
    "patient_story",
    'Twelve years ago a 6-year-old named "Bear" came to us with a broken arm from a monkey-bar fall at Wegerzyn Gardens. Today Bear Fitzgerald is a Wright State junior doing his clinical rotation with OUR athletic trainers. Full circle 🐻💙',
    [("NAME", "Bear", "*"), ("GEO", "Wegerzyn Gardens"), ("NAME", "Bear Fitzgerald")],
    note="animal nickname; park where he was hurt; a trainee who was a patient is labelled",
)

n(
    "en",
    "health_tip",
    "Bear crawls, crab walks, frog jumps 🐻🦀🐸 Animal-walk warmups build the core strength young athletes need. Try this 5-minute circuit before practice!",
    "'Bear' is the exercise",
)

p(
    "en",
    "pasted_record",
    "Pls print for OR board:\nCASE 3 — Rm 4 — 11:30\nPEREZ, ANGEL  M  17  R shoulder Latarjet\nSurgeon: Okafor  Anes: Hsu\nAllergies: PCN\nAcct# 6602198834",
    [("NAME", "PEREZ, ANGEL"), ("ACCOUNT", "6602198834")],
    note="OR board line: surname-first name with a word-like first name and an account number; the operating room number, staff and eponymous procedure are not labelled",
)

n(
    "en",
    "eponymous_condition",
    "Latarjet, Bankart, Remplissage — shoulder surgery sounds like a French menu 🇫🇷 Here's what each procedure actually does, in plain English, from our sports surgeons: summitorthodayton.org/shoulder",
    "eponymous procedures",
)

p(
    "en",
    "thank_you",
    "Thank you to Angel's aunt Yesenia, who drove from Chicago every weekend to sit with him after his surgery. 💙 Family like that heals faster than any medicine.",
    [("NAME", "Angel"), ("NAME", "Yesenia"), ("GEO", "Chicago")],
    note="word-like first name as a possessive; an aunt and her city",
)

n(
    "en",
    "milestone_birthday",
    "Happy 90th to Dr. Harold Greer, the orthopedic surgeon who founded Summit in 1968 and still joins us for Grand Rounds every month! 🎂 Dr. Greer, the OR isn't the same without your whistling.",
    "a founder's (staff) 90th birthday; not presented as a patient",
)

p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Dr. Harold Greer — our founder, and since last spring, one of our proudest hip replacement patients! 🎂 He told his surgeon (a former resident of his): 'Don't make me regret training you.'",
    [("AGE", "90th"), ("NAME", "Harold Greer")],
    note="the founder is here a patient, so his name and 90+ age are labelled",
)

n(
    "en",
    "crisis_update",
    "We are aware of social media posts naming a student injured at last night's Beavercreek game. To protect patient privacy, Summit will not confirm or share any information about any patient. Thank you for understanding.",
    "a refusal to confirm; no identifier given",
)

p(
    "es",
    "discharge",
    "¡¡¡SE VA A CASA EL CAMPEÓN!!! 🏆 DIEGO “EL FLACO” SANDOVAL, PORTERO DE LOS HALCONES DE HUBER HEIGHTS, SALE HOY DESPUÉS DE 3 SEMANAS CON NOSOTROS. ¡GRACIAS, FLACO, POR TANTAS RISAS!",
    [("NAME", "DIEGO “EL FLACO” SANDOVAL"), ("NAME", "FLACO", "*"), ("GEO", "HUBER HEIGHTS")],
    note="ALL CAPS Spanish; nickname that is an adjective; team town",
)

n(
    "es",
    "event",
    "Este sábado 15 de marzo, el Dr. Andrés Castillo y la fisioterapeuta Marisol Reyes darán una charla gratuita sobre lesiones de rodilla en la iglesia San Pedro y San Pablo. ¡Los esperamos!",
    "event date; staff; saints' names in a church name",
)

p(
    "en",
    "patient_story",
    "Xenia from Xenia? 😄 Xenia Lopatin, 16, twisted her knee at the Greene County Fairgrounds on Aug. 2 and has spent the last 6 weeks with our sports PT team. She's back in the saddle for barrel racing this weekend! 🐎",
    [
        ("NAME", "Xenia", 1),
        ("GEO", "Xenia", 2),
        ("NAME", "Xenia Lopatin"),
        ("GEO", "Greene County Fairgrounds"),
        ("DATE", "Aug. 2"),
    ],
    note="first name equal to her town; place and date of the injury",
)

n(
    "en",
    "health_tip",
    "Horse riders: wear a certified helmet every ride, even the short ones. Most riding head injuries happen at a walk or standstill, not at a gallop. 🐴 #HelmetsOn",
    "general advice",
)

p(
    "en",
    "patient_story",
    "Thanksgiving Turkey Bowl casualties are real 🦃🏈 Case in point: Uncle Rusty, who tore his Achilles in his nephew's backyard in Beavercreek on Thanksgiving morning. Rusty, you're 54. Stick to passing the pie. 😂 (Shared with his permission!)",
    [("NAME", "Rusty", "*"), ("GEO", "Beavercreek"), ("DATE", "Thanksgiving", 2)],
    note="'Uncle' outside the name; town of the injury; the holiday is labelled only where it is the injury day; age under 90",
    ok=("Thanksgiving",),
)

n(
    "en",
    "event",
    "Turkey Bowl tip 🦃 Stretch before the Thanksgiving game, not after the pie. Our walk-in clinic is open Friday, Nov. 28, 8–noon for the inevitable ankle sprains. (937) 555-0188",
    "holiday and clinic hours",
)

p(
    "en",
    "patient_story",
    "'Dad, I'm going to walk at my wedding.' Eighteen months after his spinal cord injury, Marcus Greene kept that promise on June 14 in Yellow Springs, with his bride Tasha and his father Marcus Sr. beside him. 💍 We were honored to be invited.",
    [
        ("NAME", "Marcus Greene"),
        ("NAME", "Marcus", "*"),
        ("DATE", "June 14"),
        ("GEO", "Yellow Springs"),
        ("NAME", "Tasha"),
    ],
    note="wedding date and town; bride; father with the same first name ('Sr.' outside the span)",
)

n(
    "en",
    "health_tip",
    "Spinal cord injury awareness: most SCIs in people under 30 come from car crashes, diving and contact sports. Feet first, first time, every time. 🏊 #SCIAwareness",
    "population figures",
)

n(
    "en",
    "sponsor",
    "Thank you to King's Table Restaurant in Miamisburg for feeding our night-shift nurses every Friday this month 🍕 Our ortho floor is spoiled.",
    "a business name with 'King' and its town",
)

p(
    "en",
    "thank_you",
    "huge thanks to brenda and her sister joyce who knitted 40 beanies for our spine unit while brenda's husband was recovering from his fusion 🧶💙",
    [("NAME", "brenda", "*"), ("NAME", "joyce")],
    note="lower case; the patient is unnamed but his wife and her sister are named",
)

n(
    "en",
    "staff_spotlight",
    "We asked our spine surgeons for their walk-up songs 🎵 Dr. Okafor: 'Eye of the Tiger.' Dr. Whitaker: 'Gone Fishin'.' Dr. Castillo: 'Danza Kuduro.' Dr. King: 'Hail to the King.' 😂",
    "staff surnames, one of them 'King'",
)

n(
    "es",
    "crisis_update",
    "Aviso: por la nieve, las citas de terapia física en Miamisburg de hoy, martes 14 de enero, se cambian a horario virtual. Llama al (937) 555-0155 para más información. ❄️",
    "closure date at a hospital site",
)

p(
    "es",
    "patient_story",
    "Visita especial: el exjugador de la selección mexicana Ramón “Moncho” Elizondo saludó hoy a Alexis, nuestro pequeño paciente de 9 años que se rompió la pierna jugando en la calle Huffman. ¡Alexis no lo podía creer! 😍",
    [("NAME", "Alexis", "*"), ("GEO", "calle Huffman")],
    note="a visiting public figure (unlabelled) next to a patient named by first name; street of the injury",
)

n(
    "en",
    "public_figure",
    "Former Buckeyes running back and Heisman finalist Deshawn 'Tank' Garrison visited our youth football camp today to talk about tackling safely. 🏈 Thanks, Tank!",
    "a public figure with the same nickname as patients elsewhere",
)

p(
    "en",
    "anonymous_story",
    "A very fit gentleman, 97, finished his final PT session today by doing 10 push-ups 'to prove a point.' Point proved, sir. 💪",
    [("AGE", "97")],
    note="anonymous, with a 90+ age",
)

p(
    "en",
    "discharge",
    "Welcome home party at 1142 Cornell Drive tonight for our guy Bishop! 🎈 His neighbors on Cornell asked us to spread the word: bring a sign, bring a noisemaker, 6:30 p.m. sharp.",
    [("GEO", "1142 Cornell Drive"), ("GEO", "Cornell", "*"), ("NAME", "Bishop")],
    note="home street address with a university-like name; word-like first name",
)

n(
    "en",
    "health_tip",
    "Heading off to Cornell, Miami or Wright State this fall? 🎓 Bring a copy of your surgical records and your PT plan. Your new campus athletic trainers will thank you.",
    "universities; no patient",
)

p(
    "en",
    "patient_story",
    "Confession: the person inside the Rowdy the Dragon costume tore his ACL doing a backflip at the ballpark on May 30. 🐉 Rowdy's alter ego, Mitch, is recovering with our sports PT team and says the costume will be 'back soon.'",
    [("DATE", "May 30"), ("NAME", "Mitch")],
    note="the mascot's name is not the patient's; the performer's first name and injury date are",
)

n(
    "en",
    "event",
    "Rowdy, Heater and all your favorite mascots are coming to our Summer Safety Day! Saturday, June 21, 10 a.m. 🐉🦁",
    "mascots; event date",
)

n(
    "en",
    "statistic",
    "Our joint replacement patients are getting older: in 2015, 12 of our patients were over 90; in 2024, 57 were. Age alone is not a reason to live with pain. 🦴",
    "population ages over 90",
)

p(
    "en",
    "memorial",
    "Hunter Ames loved three things: the Reds, his dog Duke, and his little sister Paisley. The 16-year-old Lebanon pitcher died Tuesday, 9 days after a car crash on State Route 48. Our hearts are with the Ames family. ⚾💔",
    [
        ("NAME", "Hunter Ames"),
        ("NAME", "Ames", "*"),
        ("NAME", "Paisley"),
        ("GEO", "Lebanon"),
        ("GEO", "State Route 48"),
    ],
    note="sister and family surname; home town; road of the crash; the dog's name is not labelled",
)

p(
    "es",
    "thank_you",
    "Querida familia Ochoa: gracias por las flores y la tarjeta 🌻 Nos alegra mucho saber que Jimena ya volvió a nadar en la alberca de Kettering. ¡Un abrazo a la abuela Cuca!",
    [("NAME", "Ochoa"), ("NAME", "Jimena"), ("GEO", "Kettering"), ("NAME", "Cuca")],
    note="family surname; the patient's town; grandmother's nickname after 'la abuela'",
)

n(
    "es",
    "staff_spotlight",
    "Hoy celebramos a nuestra enfermera Guadalupe “Lupe” Treviño, que cumple 30 años en la unidad de columna 🎉 ¡Gracias, Lupe, por cuidar a tantas familias!",
    "a nurse whose nickname matches a patient's elsewhere",
)


p(
    "en",
    "pasted_record",
    "ROI request rec'd — pls scan to HIM\nPatient: Colt R. Danner  DOB 07/04/2006\nSSN: 291-55-0834   OH DL# RT558219\nRecords to father's office fax (937) 555-7713\nDates of service: 08/19–08/23",
    [
        ("NAME", "Colt R. Danner"),
        ("DATE", "07/04/2006"),
        ("SSN", "291-55-0834"),
        ("LICENSE", "RT558219"),
        ("FAX", "(937) 555-7713"),
        ("DATE", "08/19"),
        ("DATE", "08/23"),
    ],
    note="records request: word-like first name with initial, DOB on a holiday, SSN, driver's licence, the father's fax, dates of service",
)

p(
    "en",
    "crisis_update",
    "Update: the driver of the red 2014 Jeep Wrangler (Ohio plate HWX 2290) involved in this morning's crash on I-675 is in serious condition in our trauma unit. His family asks that people stop posting photos of the car.",
    [("VEHICLE", "HWX 2290"), ("GEO", "I-675")],
    note="unnamed patient, but his own vehicle's plate and the road of the crash; the model year is not a date",
)

n(
    "en",
    "health_tip",
    "Every year, fall sports bring us athletes who 'felt fine' after a hit. Concussion symptoms can show up hours later. Watch for headaches, mood changes and trouble sleeping. 🧠",
    "general advice",
)

p(
    "en",
    "pasted_record",
    "[portal-auth] 2025-03-02 21:14:07 login OK user=tuckerfam2009 ip=73.41.208.115 proxy_for=HAYES, TUCKER (minor)",
    [
        ("DATE", "2025-03-02"),
        ("OTHER_ID", "tuckerfam2009"),
        ("IP", "73.41.208.115"),
        ("NAME", "HAYES, TUCKER"),
    ],
    note="pasted portal log: the family's login date, portal user name and IP address, the patient's name",
)

p(
    "en",
    "patient_story",
    "Brooks and Tucker — brothers, teammates, and now ACL twins 🤦‍♂️ Brooks tore his left in October, Tucker tore his right in December. Both are rehabbing together at our Miamisburg PT clinic. Mom says she's buying bubble wrap.",
    [("NAME", "Brooks", "*"), ("NAME", "Tucker", "*"), ("DATE", "October"), ("DATE", "December")],
    note="two brothers with surname-like first names; months of injury; the PT clinic is a hospital site",
)

p(
    "en",
    "patient_story",
    "That's Grant in the photo, hoisting the regional trophy with the same arm we rebuilt last spring 🏆⚾ Grant, the Franklin Wildcats are lucky to have you.",
    [("NAME", "Grant", "*"), ("PHOTO", "photo"), ("GEO", "Franklin")],
    note="photo of the patient; word-like first name; a team town that is also a surname",
)

n(
    "en",
    "staff_spotlight",
    "That's Dr. Okafor in the photo, crossing the finish line of the Flying Pig Marathon in Cincinnati on Sunday 🐷🏅 26.2 miles, 3:41:08. Our spine surgeon is tougher than titanium.",
    "photo of a staff member; a race city",
)

p(
    "en",
    "patient_story",
    "Follow Brooks's journey back to the court at caringbridge.org/visit/brooksmcallister 💙 His mom posts every night after PT.",
    [("NAME", "Brooks"), ("URL", "caringbridge.org/visit/brooksmcallister")],
    note="first name with 's; the family's journal URL that contains the full name",
)

p(
    "en",
    "milestone_birthday",
    "HAPPY 100TH, MISS OPAL!!! 🎉 OUR SPINE CENTER'S FAVORITE CENTENARIAN CELEBRATED WITH A DANCE PARTY IN THE PT GYM. SHE STILL OUT-WALKS HALF OUR STAFF.",
    [("AGE", "100TH"), ("NAME", "OPAL"), ("AGE", "CENTENARIAN")],
    note="ALL CAPS; 'MISS' outside the name; gemstone first name; age as ordinal and as 'centenarian'",
)

n(
    "en",
    "event",
    "Opal, ruby, sapphire? 💎 Bid on donated jewelry at the Summit Foundation Gala, Oct. 18 at the Dayton Art Institute. Proceeds fund adaptive sports scholarships. (937) 555-0123",
    "gem names; event date and venue",
)

p(
    "es",
    "patient_story",
    "Chuyita, de 11 años, se lastimó la muñeca en el parque de patinetas de Kettering el Día del Niño, 30 de abril. ¡Hoy le quitaron el yeso y ya quiere volver a patinar! 🛹 Foto: Chuyita con su yeso firmado por todo el equipo.",
    [
        ("NAME", "Chuyita", "*"),
        ("GEO", "Kettering"),
        ("DATE", "Día del Niño"),
        ("DATE", "30 de abril"),
        ("PHOTO", "Foto"),
    ],
    note="diminutive; town of the injury; day named twice; photo of the patient",
)

n(
    "es",
    "public_figure",
    "La campeona olímpica de clavados Paola Mirón visitó hoy nuestra clínica y habló con las niñas del equipo de natación de Centerville sobre cómo recuperarse de una lesión de hombro. ¡Gracias, Paola! 🏊‍♀️",
    "a visiting public figure; a team, not patients",
)

p(
    "es",
    "discharge",
    "Hoy dimos de alta a don Aurelio Castañeda, de 96 años, que se cayó arreglando su jardín en West Carrollton el 5 de octubre. Sus bisnietos le hicieron un cartel: «¡Bisabuelo campeón!» 👴🏆",
    [
        ("NAME", "Aurelio Castañeda"),
        ("AGE", "96"),
        ("GEO", "West Carrollton"),
        ("DATE", "5 de octubre"),
    ],
    note="'don' outside the name; 90+ age; town and date of the fall",
)

n(
    "es",
    "health_tip",
    "¿Tienes más de 65 años? El equilibrio se entrena. Tai chi, caminar y ejercicios de fuerza reducen las caídas hasta un 30%. Pregunta por nuestras clases gratis: (937) 555-0155. 🧘",
    "population age; hospital line",
)

p(
    "es",
    "anonymous_story",
    "Un jugador de fútbol americano de 17 años ingresó el 13 de septiembre con una lesión de cuello. Hoy salió caminando. Su familia nos pidió no publicar su nombre, pero sí su mensaje: «gracias por no rendirse conmigo».",
    [("DATE", "13 de septiembre")],
    note="anonymous, but the admission date",
)

p(
    "en",
    "thank_you",
    "Shoutout to King and Queenie, the grandparents who never missed a single one of Isaiah's 48 PT sessions 👑👑 Isaiah says they're the real MVPs.",
    [("NAME", "King"), ("NAME", "Queenie"), ("NAME", "Isaiah", "*")],
    note="grandparents named by royal nicknames before any cue that they are relatives",
)

n(
    "en",
    "event",
    "Crowning our 2025 Homecoming King and Queen of the PT gym: the athletes with the most sessions completed this fall 👑 Winners announced Friday on our story! #SummitStrong",
    "'King' and 'Queen' are titles; no one named",
)

p(
    "en",
    "patient_story",
    "Our athletic trainer Reed Castillo usually tapes other people's ankles. This week he was on the other side of our cast room with his son Mateo, 8, who broke his arm on the monkey bars at Orchardly Park in Oakwood. Get well soon, Mateo! 💙",
    [
        ("NAME", "Reed Castillo"),
        ("NAME", "Mateo", "*"),
        ("GEO", "Orchardly Park"),
        ("GEO", "Oakwood"),
    ],
    note="a staff member is labelled because he is here a patient's father; park and town of the injury",
)

n(
    "en",
    "staff_spotlight",
    "Reed Castillo, ATC, just earned his 10-year pin 📌 Reed covers Fairborn and Bellbrook sidelines and has taped more ankles than he can count. Thanks for everything, Reed!",
    "the same staff member, here only as staff",
)

p(
    "en",
    "patient_story",
    "Moms, meet Mom 💪 After her own ACL reconstruction at 44, Sunny Albrecht and her daughter Bree became the first mother-daughter duo of Summit knee patients to finish the Air Force Marathon together, on Sept. 20. 🏃‍♀️🏃‍♀️",
    [("NAME", "Sunny Albrecht"), ("NAME", "Bree"), ("DATE", "Sept. 20")],
    note="mother and daughter, both patients; the date of their race is tied to them",
)

n(
    "en",
    "event",
    "The Air Force Marathon is Sept. 20! 🏃 Stop by the Summit tent near the finish line at Wright-Patterson for free stretching and foam rolling. Good luck, runners!",
    "the same date as a public event",
)

p(
    "en",
    "patient_story",
    "Big welcome back to Sgt. Hank Crowley of the Greene County Sheriff's Office, back on patrol 5 months after spine surgery. 🚔 Hank's K9 partner Blitz 'supervised' every PT session.",
    [("NAME", "Hank Crowley"), ("NAME", "Hank", "*"), ("GEO", "Greene County")],
    note="'Sgt.' outside; the county he works in; the police dog is not labelled",
)

p(
    "en",
    "thank_you",
    "To the Bishop family of Brookville: your son's letter to our night nurses made everyone cry at 3 a.m. 😭 Thank you. We're so glad he's home.",
    [("NAME", "Bishop"), ("GEO", "Brookville")],
    note="family surname that is a word; family town",
)

p(
    "en",
    "thank_you",
    "thank u to mr and mrs oyelaran for the pizza party on 3 west u guys are the best and tell tobi we said keep icing that knee",
    [("NAME", "oyelaran"), ("NAME", "tobi")],
    note="all lower case, no punctuation; parents by surname, patient by short name; the unit is not labelled",
)

p(
    "en",
    "discharge",
    "Two good boys reunited 🐶❤️ Charlie went home today after 10 days with us for a fractured hip, and the first one to greet him in the parking lot was his beagle, Bishop.",
    [("NAME", "Charlie")],
    note="the patient is Charlie; the dog with a word-like name is not labelled",
)

n(
    "en",
    "staff_spotlight",
    "Our therapy dog team is growing! Welcome Charlie (golden retriever), Moose (Newfie mix) and Rocky (a very confident corgi). Find them on the spine unit Mon/Wed/Fri. 🐾",
    "therapy dogs with people's names",
)

p(
    "en",
    "patient_story",
    "At 99, Ruth Ann Weller is the oldest person ever to complete our Spine Center's walking program 🚶‍♀️ Her great-grandson Tucker walked the last lap with her.",
    [("AGE", "99"), ("NAME", "Ruth Ann Weller"), ("NAME", "Tucker")],
    note="90+ age; great-grandson with a surname-like name",
)

n(
    "en",
    "research",
    "Can a 99-year-old spine heal like a 60-year-old one? Our research team is studying bone healing after fusion in patients over 85. Interested in joining? Call (937) 555-0167. 🔬",
    "a hypothetical age and a study population",
)

n(
    "en",
    "public_figure",
    "Congrats to Dayton Mayor Linda Voss, who threw out a perfect first pitch at Day Air Ballpark last night ⚾ Our sports medicine team gives it a 10/10 for mechanics.",
    "a public official, not a patient here",
)

p(
    "en",
    "crisis_update",
    "Correction: an earlier post said the injured Wayne High wrestler was transferred to Cincinnati. He remains here at Summit in stable condition. We apologize for the error.",
    [("GEO", "Wayne")],
    note="one unnamed patient, with his school's township",
)

p(
    "en",
    "patient_story",
    "huge day for #7 🏐 @kenz.volleys (aka McKenzie to her grandma 😂) played her first full match since spine surgery! Coach says the Springboro Panthers' libero hasn't lost a step.",
    [
        ("OTHER_ID", "#7"),
        ("OTHER_ID", "@kenz.volleys"),
        ("NAME", "McKenzie"),
        ("GEO", "Springboro"),
    ],
    note="jersey number, the patient's handle, her name, team town",
)

p(
    "en",
    "patient_story",
    "Ace served an ace 🎾 First tournament back since her wrist fracture, and Ace Delgado-Moore won it all at the Miami Valley Junior Open on Oct. 5. Proud of you, Ace!",
    [("NAME", "Ace Delgado-Moore"), ("NAME", "Ace", "*"), ("DATE", "Oct. 5")],
    note="name that is a tennis word (lower-case 'ace' is the noun); date of her tournament; a region is not GEO",
)

p(
    "en",
    "public_figure",
    "Mayor Linda Voss as you've never seen her: in a sling 🙈 She asked us to share that her rotator cuff repair on Jan. 15 went great and she'll be back to ribbon-cutting in no time. Get well, Mayor Voss!",
    [("NAME", "Linda Voss"), ("NAME", "Voss", "*"), ("DATE", "Jan. 15")],
    note="a public official who is our patient is labelled; surgery date",
)

n(
    "en",
    "sponsor",
    "Thank you to Hunter Lawn & Landscape for planting 40 trees around our new Sports Performance Center 🌳 Shade for the sidelines!",
    "a business named like a first name",
)

n(
    "en",
    "anonymous_story",
    "We can't tell you who, but one of our surgeons just fixed the knee of a player you might have seen on ESPN last weekend. 🤫 HIPAA says no names. We say: get well soon!",
    "anonymous; no identifier",
)

p(
    "en",
    "patient_story",
    "Don Pancho is 91 and still refs Sunday soccer at Eastwood MetroPark. After his knee replacement in May he told us: 'no tarjeta roja for my new knee.' ⚽🟥",
    [("NAME", "Pancho"), ("AGE", "91"), ("GEO", "Eastwood MetroPark"), ("DATE", "May")],
    note="English post with 'Don' outside the nickname; 90+ age; the park where he referees; month of surgery",
)

n(
    "en",
    "event",
    "Sunday soccer at Eastwood MetroPark is back! ⚽ Our athletic trainers will staff the first-aid tent every Sunday from May 4 to Aug. 31. Stop by for free ice and advice.",
    "event venue and dates",
)

p(
    "en",
    "patient_story",
    "the sky's the limit for sky 🪂 our 17-year-old skydiver from bellbrook landed his first jump since back surgery saturday",
    [("NAME", "sky", 2), ("GEO", "bellbrook")],
    note="lower case; the first 'sky' is the noun, the second the patient's name; home town",
    ok=("sky",),
)

n(
    "en",
    "hospital_contact",
    "📍 Summit Spine Center, 1450 Brown Street, Dayton, OH 45409\n📞 (937) 555-0167\n🕗 Mon–Fri 7:30–5\n🅿️ Free parking in the Brown Street garage\nFollow @SummitSpineCtr",
    "hospital address, phone and handle",
)

p(
    "en",
    "patient_story",
    "Grant got a grant! 🎓 Grant Mbeki, whose spine we fused when he was 15, just won a full Sinclair scholarship to study physical therapy. Grant, we'll save you a locker.",
    [("NAME", "Grant Mbeki"), ("NAME", "Grant", "*")],
    note="name that is also a noun (the lower-case noun is not labelled); a college named for a person is not GEO",
)


if __name__ == "__main__":
    S.main("phi_dev13_source")
