#!/usr/bin/env python3
"""Blind development set d10 for the PHI scanner: phi_dev10.jsonl.

Hospital: Magnolia Coast Women's & Children's Hospital, Bellhaven, GA (fictional;
its phone numbers, addresses, domains and handles are in phi_dev10_org.json and are
never labelled). Focus: births and NICU stories (twins, triplets, rainbow babies,
holiday babies, birth times and weights), NICU graduations and reunions, children
whose names are ordinary words (Hope, Journey, River, Legend, King, Royal, Blessing,
Sky, Brooks, Sawyer, Harper...), lower-case names and nicknames, names that occur
only in hashtags or in @-handles of family accounts, siblings and grandparents,
child-life and therapy-dog posts, pediatric staff spotlights and celebrity visits.
About half of the posts are patient-specific; the other half are deliberately
story-like posts without a patient identifier (staff, donors, volunteers, therapy
dogs, public figures, eponymous conditions, anonymous stories, statistics, events,
the hospital's own contacts, campaign hashtags). Language mix: about 75% English,
25% Spanish. X posts (<= 280 characters), Facebook posts and internal drafts with
pasted chart details. Written blind, by hand, one post at a time, without looking
at the scanner, its word lists or any other set.

Labelling conventions (those of build_phi_eval.py, strict HIPAA Safe Harbor):
- Only identifiers of a patient or of a patient's relative / household member are
  labelled; a post is patient_specific iff it has at least one span. Staff,
  doctors, volunteers, staff members' own families, donors, public or historical
  figures, pets, the hospital's own contacts and campaign hashtags are never
  labelled, unless that person is the patient or a patient's relative.
- NAME: name tokens only, without honorifics or descriptive words (baby, little,
  mami, Nana...); possessive 's excluded; family surnames; lower-case names and
  initials as written; a hashtag containing a patient's name is one NAME span
  including '#'.
- DATE: any date element except a bare year tied to the patient (birth, admission,
  surgery, discharge, death), as written ("March 3", "3/14", "5 de marzo"); named
  holidays when the patient's event happened on them; weekdays, relative
  expressions and dates of hospital events or awareness days are not labelled.
- AGE: only ages over 89. GEO: places smaller than a state tied to the family.
- PHONE / EMAIL / URL: the family's, as written; hospital numbers are not.
- MRN, ACCOUNT, HEALTH_PLAN...: the value only. OTHER_ID: room / bed / crib
  numbers including the keyword ("room 512", "cuna 14"), family social handles and
  other ids (value only). PHOTO: the cue word only, rare.
- Every occurrence of a labelled string is labelled (ok=... lists the intended
  exceptions, e.g. a capitalised ordinary word that is not the name).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev10.jsonl"), os.path.join(HERE, "phi_dev10_org.json"), "d10")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# ---------------------------------------------------------------- batch 1

p(
    "en",
    "discharge",
    "Tiny is home!! 🏠 After 97 days in our NICU, our littlest fighter (1 lb 3 oz at birth) "
    "rode out in style today. 🚗\n\n"
    "Our night shift lined the hallway with pom-poms, and primary nurse Leah read the "
    "'graduation speech' she's been writing since week one. Not a dry eye on 3 North.\n\n"
    "Go get 'em, Tiny. 💙 #NICUgrad #MagnoliaCoastStrong",
    [("NAME", "Tiny", "*")],
    note="nickname alone at the start; '97 days' is a length of stay, not an age",
)
n(
    "en",
    "staff_spotlight",
    "Meet Jordan, our new NICU charge nurse! Jordan spent 11 years in level IV NICUs in "
    "Charleston before coming home to the coast. Favorite part of the job? 'Discharge day. "
    "Every single time.'\n\n"
    "Off the clock, Jordan coaches her daughter's softball team and makes a mean shrimp and "
    "grits. Ask her about the time she delivered a baby in an elevator (everyone was fine!).\n\n"
    "Welcome to the Magnolia family, Jordan! 💜 #MeetTheTeam",
    "staff spotlight; Charleston is the nurse's own history",
)
p(
    "en",
    "birth_announcement",
    "Double the love, double the diapers! 👶👶\n\n"
    "Please help us welcome Sawyer and Harper, born 4 minutes apart on the morning of "
    "October 9 in our Birth Center. Sawyer arrived first at 6:41 a.m. (5 lb 2 oz) and his "
    "sister Harper followed at 6:45 a.m. (4 lb 13 oz).\n\n"
    "Mom Kendra says big brother Brooks, 4, has already 'claimed' the top bunk for when "
    "they're older. 😂\n\n"
    "Congratulations to the whole Whitfield family! #TwinTuesday #MagnoliaCoastBabies",
    [
        ("NAME", "Sawyer", "*"),
        ("NAME", "Harper", "*"),
        ("DATE", "October 9"),
        ("NAME", "Kendra"),
        ("NAME", "Brooks"),
        ("NAME", "Whitfield"),
    ],
    note="twins with surname-like first names; sibling named; birth times and weights are not identifiers",
)
n(
    "es",
    "health_tip",
    "¿Sabías que el contacto piel con piel ayuda a regular la temperatura y el ritmo cardíaco "
    "de los bebés prematuros? En nuestra UCIN animamos a mamás y papás a practicar el "
    "'método canguro' desde el primer día que sea seguro. 🦘💕\n\n"
    "Beneficios comprobados del piel con piel:\n"
    "✅ Mejor control de la temperatura\n"
    "✅ Respiración más estable\n"
    "✅ Más producción de leche materna\n"
    "✅ Menos estrés para el bebé… ¡y para los papás!\n\n"
    "Pregunta a tu enfermera cuándo puedes empezar. #SemanaDelCanguro",
    "general tip about kangaroo care, no individual",
)
p(
    "en",
    "discharge",
    "river went home today!!! 🌊 our nurses are not crying, you're crying. 142 days, "
    "2 surgeries, 1 very stubborn little man. #RiverRuns",
    [("NAME", "river"), ("NAME", "#RiverRuns")],
    note="lower-case name that is an ordinary word; name hashtag",
)
n(
    "en",
    "event",
    "Save the date! Our annual NICU Reunion Picnic is Saturday, May 17, 10 a.m.–1 p.m. on "
    "the Great Lawn at 2200 Tidewater Parkway. Graduates of all ages welcome – bring your "
    "family, bring your sunscreen. 🧺🍉\n\n"
    "There will be a bounce house, a 'Then & Now' photo wall, snow cones, and our therapy dogs "
    "Biscuit and Waffles. Former NICU nurses are coming back too, so come find the nurse who "
    "knew your baby first! 💜\n\n"
    "RSVP by May 9: 912-555-0134",
    "hospital event date, the hospital's address and phone",
)
p(
    "en",
    "thank_you",
    "A note we received this week, shared with permission ❤️\n\n"
    "'To the 3rd floor NICU night team: when Journey was born at 25 weeks on January 30, we "
    "didn't know if we would ever bring her home. You learned her cues before we did. You "
    "taught her daddy to change a diaper around three wires. You celebrated every gram. "
    "Journey is 2 now and she runs everywhere. Thank you for giving us our girl. "
    "— Alexis & Marcus Pruitt'\n\n"
    "Notes like this are why we do what we do. 💛 #NICUNurses #MagnoliaCoastNICU",
    [
        ("NAME", "Journey", "*"),
        ("DATE", "January 30"),
        ("NAME", "Alexis"),
        ("NAME", "Marcus Pruitt"),
    ],
    note="ordinary-word name; parents sign the note",
)
n(
    "en",
    "public_figure",
    "Country singer Lainey Brooks stopped by our pediatric floor today with her guitar and a "
    "sack of stuffed armadillos. 🎸 Thank you, Lainey, for an afternoon of sing-alongs! 🎶\n\n"
    "Lainey has been visiting our kids for years. She played 14 songs, signed every cast in "
    "sight and left a guitar in our Child Life playroom for music therapy.\n\n"
    "Y'all, she even knew the words to Baby Shark. #MusicMakesMedicine",
    "celebrity visit, no patient named",
)
p(
    "en",
    "patient_story",
    "When Lainey Brooks asked who wanted to sing backup, Legend (age 6) did not hesitate. 🎤 "
    "Best duet of the day – 'Wagon Wheel' in room 512. 🎶\n\n"
    "Legend's mom says he has been practicing his 'stage bow' ever since. Next tour stop: the "
    "playroom at 3 p.m. Autographs available on request. 😎\n\n"
    "#LegendOnTour",
    [("NAME", "Legend", "*"), ("OTHER_ID", "room 512"), ("NAME", "#LegendOnTour")],
    note="public figure not labelled; the child's name is an ordinary word; room number",
)
n(
    "es",
    "event",
    "📅 Este jueves 12 de junio a las 6 p. m. tenemos clase gratuita de preparación para el "
    "parto en español. Salón Azalea, 2200 Tidewater Parkway. Inscríbete llamando al "
    "912-555-0156. ¡Trae a tu acompañante! 🤰\n\n"
    "Temas de la clase:\n"
    "👶 Señales de trabajo de parto\n"
    "💉 Opciones para el dolor\n"
    "🤱 Lactancia en la primera hora\n"
    "🏠 Qué llevar al hospital\n\n"
    "Cupo limitado a 12 parejas. #ClasesMagnolia",
    "class date, hospital address and phone",
)
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Esperanza! 🌸\n\n"
    "Nuestra primera bebé del Día de las Madres llegó el domingo 11 de mayo a las 2:17 a. m., "
    "pesando 7 libras y 4 onzas. Su mamá, Yesenia Cruz, nos dijo que el nombre lo eligió su "
    "abuela Chayo desde que supieron del embarazo.\n\n"
    "¡Felicidades a toda la familia Cruz Morales! 💐 #BebésMagnolia",
    [
        ("NAME", "Esperanza"),
        ("DATE", "Día de las Madres"),
        ("DATE", "11 de mayo"),
        ("NAME", "Yesenia Cruz"),
        ("NAME", "Chayo"),
        ("NAME", "Cruz Morales"),
    ],
    note="holiday birth: the holiday and the date name the same day, both labelled; grandmother's nickname",
)
n(
    "en",
    "anonymous_story",
    "Last night one of our L&D nurses delivered a baby girl in the front seat of a pickup truck "
    "under the Emergency entrance awning. Mom and baby are doing great, and so is Dad, "
    "eventually. 😅\n\n"
    "Our nurse heard the horn, grabbed a delivery kit and a warm blanket, and had about 90 "
    "seconds to spare. By the time the ED team arrived with a stretcher, the baby was already "
    "crying (loudly) and Dad was on the phone with Grandma.\n\n"
    "Not every birth story starts in a birthing suite! #LaborAndDelivery",
    "anonymous birth, relative time only",
)
p(
    "en",
    "pasted_record",
    "DRAFT for FB – pls check w/ family before posting!! Baby boy King Jamal Odom, DOB 02/14, "
    "3 lb 9 oz, NICU bed 22. Mom is Ta'Niyah Odom, cell (912) 555-2981. She said OK to "
    "'Valentine's Day miracle' angle. Photog booked Thurs.",
    [
        ("NAME", "King Jamal Odom"),
        ("DATE", "02/14"),
        ("OTHER_ID", "bed 22"),
        ("NAME", "Ta'Niyah Odom"),
        ("PHONE", "(912) 555-2981"),
        ("DATE", "Valentine's Day"),
    ],
    note="draft with pasted DOB, bed and mother's cell; the holiday is the birth date",
)
n(
    "en",
    "eponymous_condition",
    "October is Down Syndrome Awareness Month 💙💛 Our Developmental Pediatrics clinic sees "
    "more than 300 kids with Down syndrome each year, from newborn feeding support to "
    "school-age therapy.\n\n"
    "This month we're also celebrating the 12 families in our Down Syndrome Parent Connection "
    "group, who meet on the first Monday of every month to share advice, coffee and a LOT of "
    "baby pictures.\n\n"
    "Questions? Call 912-555-0100. #DSAM #MoreAlikeThanDifferent",
    "eponymous condition, awareness month, hospital phone",
)
p(
    "en",
    "memorial",
    "Today we light a candle for Rowan. 🕯️\n\n"
    "Rowan Elise Tate was born sleeping on August 2, and her parents, Caleb and Brianna, have "
    "spent the year since turning grief into something beautiful: 60 hand-knit cuddle "
    "cocoons for families who need them.\n\n"
    "Thank you, Tate family. Rowan's name will be spoken in our halls. 💗 "
    "#PregnancyAndInfantLossAwareness",
    [
        ("NAME", "Rowan Elise Tate"),
        ("NAME", "Rowan", "*"),
        ("DATE", "August 2"),
        ("NAME", "Caleb"),
        ("NAME", "Brianna"),
        ("NAME", "Tate", 2),
    ],
    note="stillbirth memorial; parents are donors AND a patient's relatives, so labelled",
)
n(
    "en",
    "statistic",
    "Last year our NICU cared for 1,142 babies. 👶 The smallest weighed 14 oz. The longest "
    "stay: 211 days.\n\n"
    "Behind those numbers: 164 nurses, 19 neonatologists, 22 respiratory therapists, 6 "
    "lactation consultants and one very busy NICU pharmacist. 💜\n\n"
    "Our team celebrated every single discharge. #NICUAwarenessMonth",
    "aggregate numbers",
)
p(
    "en",
    "milestone_birthday",
    "Happy 1st birthday to our Christmas Eve triplets, Noel, Holly & Gabriel! 🎄🎂 Born at 31 "
    "weeks a year ago, now crawling in three directions at once. 🎁🎁🎁\n\n"
    "Their mom sent us a video of the cake smash and we have watched it approximately 40 "
    "times. Holly went straight for the frosting, Gabriel tried to eat a candle (don't worry, "
    "it was unlit) and Noel slept through the whole thing. 😴\n\n"
    "Love, your NICU aunties 💚",
    [
        ("DATE", "Christmas Eve"),
        ("NAME", "Noel", "*"),
        ("NAME", "Holly", "*"),
        ("NAME", "Gabriel", "*"),
    ],
    note="holiday birth date; holiday-themed names",
)
n(
    "en",
    "staff_spotlight",
    "Nurse Appreciation Spotlight 🌟\n\n"
    "Meet Tasha Greene, RN, who has worked nights in our NICU for 19 years. Fun fact: Tasha's "
    "own daughter, Maya, now works alongside her as a unit secretary! 'She grew up hearing "
    "NICU stories at breakfast,' Tasha laughs.\n\n"
    "Thank you, Tasha, for two decades of 3 a.m. feeds, hand-holding and lullabies. 🌙 "
    "#NursesWeek",
    "staff member and her own daughter (an employee), not patients",
)
p(
    "es",
    "discharge",
    "¡Cielo se va a casa! ☁️💕 Después de 88 días en la UCIN, nuestra guerrerita de 1 libra ya "
    "respira sola.\n\n"
    "Cielo nació en marzo con solo 1 libra y 4 onzas, y hoy se va pesando más de 5. Sus "
    "enfermeras le prepararon un cartel de graduación y una corona de papel. 👑\n\n"
    "¡Gracias, mami Daniela y papi Luis, por su fuerza! #FuerzaCielo",
    [
        ("NAME", "Cielo", "*"),
        ("DATE", "marzo"),
        ("NAME", "Daniela"),
        ("NAME", "Luis"),
        ("NAME", "#FuerzaCielo"),
    ],
    note="ordinary-word Spanish name; birth month alone is a DATE; mami/papi outside the spans; name hashtag",
)
n(
    "es",
    "anonymous_story",
    "Hace unos días, una familia nos escribió para contarnos que su bebé, que nació en nuestra "
    "UCIN con apenas 26 semanas, acaba de empezar el kínder. 🎒 No compartimos su nombre, pero "
    "sí queremos compartir su alegría. 💙\n\n"
    "Su mamá nos mandó un mensaje que queremos que lean todas las familias que hoy están en la "
    "UCIN: 'Hubo días en que no podía imaginar este momento. Aguanten. Sí llega.' 💕\n\n"
    "¡Cada día en la UCIN cuenta! #PrematurosValientes",
    "anonymous former NICU baby",
)
p(
    "en",
    "patient_story",
    "Follow along with @littlemissblessing_ as she tackles her first bottle feeds! 🍼 We are "
    "so proud of this 2 lb powerhouse. (Shared with her parents' blessing 😉)",
    [("OTHER_ID", "@littlemissblessing_")],
    note="name only inside the family account handle; 'blessing' the noun is not a name",
)
n(
    "en",
    "crisis_update",
    "WEATHER UPDATE: Due to Tropical Storm Hannah, all outpatient clinics at 77 Marsh Hen Lane "
    "are CLOSED Thursday. Our hospital at 2200 Tidewater Parkway remains open and fully "
    "staffed.\n\n"
    "• Expectant moms in labor: come to L&D as usual through Entrance C.\n"
    "• NICU families: parents may stay overnight; meals will be provided.\n"
    "• Outpatient appointments will be rescheduled – you'll get a call.\n\n"
    "Please stay safe and off the roads. Questions: 912-555-0100.",
    "storm name is not a person; hospital addresses and phone",
)
p(
    "en",
    "patient_story",
    "Grandparents Day shoutout 👵👴\n\n"
    "Meet Pop-Pop Earl and Nana Bea, who have driven 90 minutes each way from Jesup every "
    "single day for seven weeks to rock their grandson Hunter in our NICU. Earl has read him "
    "the entire sports page daily. Bea knits a new hat every week.\n\n"
    "Hunter, you are one lucky guy. 💙",
    [("NAME", "Earl", "*"), ("NAME", "Bea", "*"), ("GEO", "Jesup"), ("NAME", "Hunter", "*")],
    note="grandparents are a patient's relatives; their town is GEO; 'Pop-Pop'/'Nana' outside the spans",
)
n(
    "en",
    "campaign_hashtag",
    "Every preemie has a story. Share yours with #MagnoliaMiracles this November for World "
    "Prematurity Day (Nov 17) and we'll feature some of our favorites! 💜\n\n"
    "Tell us what you wish someone had told you on day one. Tell us about the nurse you still "
    "think about. Tell us what your 'tiny' is up to now.\n\n"
    "Please only share what you're comfortable making public.",
    "campaign hashtag and awareness day",
)
p(
    "en",
    "birth_announcement",
    "First baby of 2025! 🎉 Welcome, Royal, born at 12:03 a.m. on January 1 weighing 7 lb 11 oz. "
    "Parents Jasmine & Andre say he's already keeping them on a royal schedule. 👑\n\n"
    "As our first baby of the year, Royal goes home with a basket from our Auxiliary "
    "volunteers: a handmade quilt, a year of diapers from Coastal Pharmacy and a 'Class of "
    "2043' onesie. 🎓\n\n"
    "Welcome to the world, Royal! 🎉",
    [("NAME", "Royal", "*"), ("DATE", "January 1"), ("NAME", "Jasmine"), ("NAME", "Andre")],
    note="'Royal' the name vs 'royal' the adjective; bare year not labelled",
)
n(
    "en",
    "research",
    "New from our Neonatal Research team: a 3-year study of 412 preterm infants found "
    "donor-milk fortification cut NEC rates by nearly a third. Published this week in the "
    "Journal of Perinatology. 🔬\n\n"
    "NEC (necrotizing enterocolitis) is one of the most serious illnesses a premature baby can "
    "face. This study is part of why we ask every mom, 'Would you like to pump for your baby?' "
    "and why donor milk is free for every NICU family.\n\n"
    "Full summary at magnoliacoastkids.org/research",
    "research aggregate; hospital domain",
)
p(
    "en",
    "pasted_record",
    "pls post to story: 'Congrats Dr. Patel's team on the surgery!' pt = Sky Nguyen, 3 wks, "
    "MRN: 00-448-120, rm 6104. dad's email thanh.nguyen77@gmail.com if we need consent form",
    [
        ("NAME", "Sky Nguyen"),
        ("MRN", "00-448-120"),
        ("OTHER_ID", "rm 6104"),
        ("EMAIL", "thanh.nguyen77@gmail.com"),
    ],
    note="pasted chart details; the surgeon is staff",
)
n(
    "es",
    "public_figure",
    "¡Qué visita! ⚽ El delantero de la selección, Rafa Montoya, vino a repartir balones "
    "firmados en el piso de pediatría. Gracias, Rafa, por tantas sonrisas. 💙 "
    "#MagnoliaDeportes",
    "public figure visit, no patient named",
)
p(
    "en",
    "discharge",
    "🎓 NICU GRADUATION ALERT 🎓\n\n"
    "Brooks has officially graduated! Born at 29 weeks on the Fourth of July (talk about "
    "fireworks 🎆), this little firecracker spent 68 days with us learning to breathe, eat "
    "and grow.\n\n"
    "Today he went home to Pooler with mom Ashley, dad Tyler and a car seat full of "
    "balloons.\n\n"
    "Class of 2025, you did it! #NICUgrad",
    [
        ("NAME", "Brooks"),
        ("DATE", "Fourth of July"),
        ("GEO", "Pooler"),
        ("NAME", "Ashley"),
        ("NAME", "Tyler"),
    ],
    note="surname-like first name at the start; holiday birth date; home town",
)
n(
    "en",
    "sponsor",
    "Thank you to the Whitaker Family Foundation for funding our new Whitaker Family Lactation "
    "Suite! 🍼 The suite opens March 3 on the 2nd floor with four private pumping rooms and a "
    "lending library. 🤱\n\n"
    "The Whitakers have supported our Mother-Baby unit for more than 20 years, and this suite "
    "was their idea after hearing from NICU moms who had nowhere private to pump during long "
    "days at the bedside.\n\n"
    "#GratefulForGivers",
    "donor family naming a room; opening date is a hospital event",
)
p(
    "en",
    "patient_story",
    "One of our own 💜\n\n"
    "Labor & delivery nurse Kayla Simmons has welcomed hundreds of babies in our L&D unit. On "
    "June 21, she was on the other side of the bed, delivering her own son, Wyatt, with the "
    "same team she works with every shift.\n\n"
    "'It was surreal,' Kayla says. 'I knew every face in the room.' Congratulations, Kayla "
    "and Wyatt! #MagnoliaFamily",
    [
        ("NAME", "Kayla Simmons"),
        ("NAME", "Kayla", "*"),
        ("DATE", "June 21"),
        ("NAME", "Wyatt", "*"),
    ],
    note="an employee introduced by her job who became the patient",
)
n(
    "en",
    "staff_spotlight",
    "Child Life Month spotlight ✨ Meet Brandi, our Certified Child Life Specialist on 5 West, "
    "who has turned 1,000+ IV starts into 'superhero power-ups.' 🦸\n\n"
    "Brandi's toolkit: a light-up wand, a medical play doll called Dr. Giraffe, a pocketful of "
    "stickers and endless patience. She also runs our sibling workshops, so big brothers and "
    "sisters understand what's happening to their baby.\n\n"
    "Brandi, you're magic. #ChildLifeMonth",
    "staff member; hospital unit",
)
n(
    "en",
    "event",
    "🐾 Paws on the floor! Our therapy dog Biscuit and his handler, volunteer Gail, visit "
    "4 East every Tuesday from 2–4 p.m. 🐶\n\n"
    "Biscuit is a 6-year-old goldendoodle certified through Pet Partners. He is bathed, brushed "
    "and health-checked before every visit, and he knows to stay off the beds unless a nurse "
    "says it's OK.\n\n"
    "Biscuit's favorite trick: a very dramatic high-five. #PetTherapy",
    "therapy dog and volunteer; weekday schedule",
)
p(
    "en",
    "patient_story",
    "Biscuit met his biggest fan today 🐶 Mateo, 7, has been counting down to Tuesday all week "
    "just to give him belly rubs between chemo rounds. 🐾\n\n"
    "Today Biscuit brought a surprise: a 'pawtograph' card and a bandana that matches Mateo's "
    "Spider-Man blanket. Mateo says Biscuit is his 'medicine dog' and we are not going to "
    "argue. 💙\n\n"
    "#BiscuitAndMateo",
    [("NAME", "Mateo", "*"), ("NAME", "#BiscuitAndMateo")],
    note="dog's name not labelled; the hashtag contains the patient's name so it is one NAME span",
)
p(
    "es",
    "thank_you",
    "💌 Carta de una familia:\n\n"
    "'Queremos dar las gracias a todo el equipo de la UCIN, especialmente a las enfermeras del "
    "turno de noche. Nuestros gemelos, Ángel y Milagros, nacieron el 24 de diciembre con 30 "
    "semanas y pasaron sus primeras semanas conectados a monitores. Hoy ya tienen tres meses "
    "y están en casa en Hinesville. ¡Gracias por cuidarlos como si fueran suyos! "
    "— Familia Ramírez Ortega'\n\n"
    "❤️ #UCINMagnolia",
    [
        ("NAME", "Ángel"),
        ("NAME", "Milagros"),
        ("DATE", "24 de diciembre"),
        ("GEO", "Hinesville"),
        ("NAME", "Ramírez Ortega"),
    ],
    note="twins with word-like names (Ángel, Milagros); family signature",
)
n(
    "es",
    "statistic",
    "En 2024 nacieron 4.318 bebés en Magnolia Coast, 71 de ellos gemelos y 3 juegos de "
    "trillizos. 👶👶👶\n\n"
    "Además:\n"
    "🌙 El 38% nacieron de noche\n"
    "🌊 214 fueron partos en agua\n"
    "💜 1.142 bebés pasaron por nuestra UCIN\n\n"
    "¡Gracias a todas las familias que confiaron en nosotros!",
    "aggregate numbers",
)
p(
    "en",
    "birth_announcement",
    "THREE'S A PARTY 🎉🎉🎉 Please welcome triplets Faith, Grace & Harmony, born this morning at "
    "32 weeks, all over 3 lb!\n\n"
    "Faith came first at 3 lb 6 oz, Grace a minute later at 3 lb 2 oz, and Harmony rounded out "
    "the trio at 3 lb 9 oz. All three are breathing on their own in our NICU.\n\n"
    "Mom Tiara is resting and Dad already bought a 3rd car seat. #TripletAlert",
    [
        ("NAME", "Faith", "*"),
        ("NAME", "Grace", "*"),
        ("NAME", "Harmony", "*"),
        ("NAME", "Tiara"),
    ],
    note="triplets with virtue names; 'this morning' is relative",
)
n(
    "en",
    "eponymous_condition",
    "Hirschsprung's disease affects about 1 in 5,000 newborns. Our pediatric surgery team "
    "performs the pull-through procedure right here – no need to travel out of state. Learn "
    "more: magnoliacoastkids.org/surgery",
    "eponymous condition; hospital domain",
)
p(
    "en",
    "memorial",
    "Fly high, sweet Sunny. ☀️ You brightened 4 East for 3 years and every nurse who met you. "
    "We'll keep your sunflowers by the window. 💛 #SunnyDays",
    [("NAME", "Sunny"), ("NAME", "#SunnyDays")],
    note="memorial; the hashtag is built on the child's name",
)
n(
    "en",
    "recruitment",
    "We're hiring! 🩺 NICU RNs (nights), Pediatric Respiratory Therapists, and a Lactation "
    "Consultant. $15K sign-on for experienced NICU nurses. Apply at "
    "magnoliacoastkids.org/careers. 💜\n\n"
    "Why Magnolia Coast?\n"
    "✅ Level IV NICU with 84 beds\n"
    "✅ Self-scheduling and 12-hour shifts\n"
    "✅ Tuition reimbursement up to $5,250/year\n"
    "✅ 5 minutes from the beach (priorities!)\n\n"
    "Questions? Call 912-555-0100. #NurseJobs #GeorgiaNurses",
    "recruitment",
)
p(
    "en",
    "memorial",
    "@brianna.tate We're so sorry for your loss and honored to carry Rowan's name on our "
    "Remembrance Wall. Please DM us and we'll get you the details for the Oct 15 candle "
    "lighting. 💗",
    [("OTHER_ID", "@brianna.tate"), ("NAME", "Rowan")],
    note="comment reply to a bereaved mother's handle; Oct 15 is the hospital's event, not labelled",
)
n(
    "en",
    "hospital_contact",
    "Questions about visiting the NICU? Our Family Support Line is staffed 24/7: 912-555-0134.\n\n"
    "Parents can visit 24/7. Grandparents and siblings (age 3+, healthy, vaccinated) can visit "
    "9 a.m.–9 p.m. with a parent present. 👵👦\n\n"
    "For media requests, contact 912-555-0119 or media@magnoliacoastkids.org. 📞",
    "hospital phone numbers and email",
)
p(
    "es",
    "patient_story",
    "¡Conozcan a Sol! ☀️ Tiene 5 años, le encanta bailar cumbia y hoy terminó su última sesión "
    "de radioterapia. Tocó la campana con tanta fuerza que se escuchó hasta el tercer piso. 🔔\n\n"
    "Su mamá nos contó que Sol ya tiene planes: ir a la playa, comer helado de fresa y volver "
    "al kínder con sus amigos. ¡Que empiece lo mejor! 🏖️🍓\n\n"
    "¡Eres luz, Sol! #SolBrilla",
    [("NAME", "Sol", "*"), ("NAME", "#SolBrilla")],
    note="ordinary-word name (sun); 'luz' the noun is not a name",
)
n(
    "es",
    "eponymous_condition",
    "¿Fiebre de más de 5 días, ojos rojos y labios agrietados? Podría ser la enfermedad de "
    "Kawasaki. 🩺 Es poco común, pero tratarla a tiempo protege el corazón de tu hijo. Consulta "
    "a tu pediatra. ❤️\n\n"
    "Otras señales: sarpullido, manos y pies hinchados o rojos, y ganglios inflamados en el "
    "cuello. La mayoría de los niños con Kawasaki tienen menos de 5 años.\n\n"
    "Dudas: llama a nuestra línea de enfermería, 912-555-0100.",
    "eponymous condition; hospital phone",
)
p(
    "en",
    "discharge",
    "Big day for Baby J.R. 🎈 After 5 months and a trach, he's heading home to Brunswick with "
    "his home-nursing team. We'll miss those cheeks. #NICUgrad",
    [("NAME", "J.R."), ("GEO", "Brunswick")],
    note="initials as the name",
)
n(
    "en",
    "anonymous_story",
    "Rainbow babies 🌈\n\n"
    "A rainbow baby is a baby born after a pregnancy or infant loss. This week, three families "
    "on our Mother-Baby unit told us they were holding their rainbows for the first time. We "
    "won't share their names, but we're sharing their joy.\n\n"
    "To every family still waiting for their rainbow: we see you. 💜 #RainbowBaby",
    "anonymous families",
)
p(
    "en",
    "birth_announcement",
    "Our rainbow after the storm 🌈 Welcome, Rainbow Joy Alvarez, born 3/14 at 3:14 p.m. – yes, "
    "on Pi Day! 🥧 Big sister Luna (in heaven) is watching over her. 💜",
    [
        ("NAME", "Rainbow Joy Alvarez"),
        ("DATE", "3/14"),
        ("DATE", "Pi Day"),
        ("NAME", "Luna"),
    ],
    note="'Rainbow' as a name vs 'rainbow'; the date and the named day are the same birth date; deceased sibling",
)
n(
    "en",
    "public_figure",
    "Did you know? Virginia Apgar, MD, created the Apgar score in 1952 – still used for every "
    "baby born in our Birth Center, at 1 and 5 minutes of life. 👩‍⚕️\n\n"
    "APGAR stands for Appearance, Pulse, Grimace, Activity and Respiration. Dr. Apgar was also "
    "the first woman to become a full professor at Columbia's medical school, and she later led "
    "the March of Dimes' fight against birth defects.\n\n"
    "#WomenInMedicine",
    "historical figure and eponymous score",
)
p(
    "es",
    "pasted_record",
    "BORRADOR – no publicar sin consentimiento: bebé Luz Marina Hernández, nacida 5 de marzo, "
    "34 sem, cuna 14 UCIN. Mamá: Rocío Hernández, tel. +1 912 555 3370, correo "
    "rocioh.89@hotmail.com. Quiere foto con la enfermera Lupe.",
    [
        ("NAME", "Luz Marina Hernández"),
        ("DATE", "5 de marzo"),
        ("OTHER_ID", "cuna 14"),
        ("NAME", "Rocío Hernández"),
        ("PHONE", "+1 912 555 3370"),
        ("EMAIL", "rocioh.89@hotmail.com"),
    ],
    note="pasted draft; crib number is like a bed number; the nurse is staff",
)
n(
    "en",
    "health_tip",
    "Safe sleep reminder 💤 ABCs: Alone, on their Back, in a Crib. No bumpers, blankets or "
    "stuffed animals. Questions? Our newborn & lactation warm line: 912-555-0188.",
    "tip; hospital phone",
)

# ---------------------------------------------------------------- batch 2

p(
    "en",
    "discharge",
    "Hope went home on her due date. 🥹 Born at 24 weeks on April 2, she spent exactly 112 days "
    "proving everyone wrong. 💪\n\n"
    "Hope's primary nurse, Cherelle, made her a 'diploma' and the whole night shift stayed late "
    "to wave goodbye. Her big brother announced to the entire unit that he will be 'in charge "
    "of her now.' 😂\n\n"
    "We hope she keeps doing it forever. #HopeFloats",
    [("NAME", "Hope", "*"), ("DATE", "April 2"), ("NAME", "#HopeFloats")],
    note="'Hope' the name vs 'hope' the verb; the due date itself is not written",
)
n(
    "en",
    "health_tip",
    "Hope is a plan, not just a feeling. 💜 If you're pregnant after a loss, our Rainbow Clinic "
    "offers extra scans, extra check-ins and extra support. 🌈\n\n"
    "Our Rainbow Clinic nurses have walked this road with hundreds of families. You'll see the "
    "same faces at every visit, and you'll never have to tell your story twice.\n\n"
    "Call 912-555-0156 to ask about it.",
    "'Hope' is the capitalised noun, not a name; hospital phone",
)
p(
    "es",
    "birth_announcement",
    "🎄✨ ¡Nuestro bebé de Nochebuena! ✨🎄\n\n"
    "Les presentamos a Jesús Emmanuel, que llegó a las 11:48 p. m. del 24 de diciembre, justo "
    "a tiempo para la cena de Nochebuena de su familia. Pesó 8 libras exactas y midió 20 "
    "pulgadas.\n\n"
    "Sus papás, Karina y Óscar Villeda, viajaron desde Statesboro y dicen que este año el mejor "
    "regalo llegó antes de la medianoche. 🎁\n\n"
    "¡Feliz Navidad a toda la familia Villeda! #BebésMagnolia",
    [
        ("NAME", "Jesús Emmanuel"),
        ("DATE", "24 de diciembre"),
        ("DATE", "Nochebuena", "*"),
        ("NAME", "Karina"),
        ("NAME", "Óscar Villeda"),
        ("NAME", "Villeda", 2),
        ("GEO", "Statesboro"),
    ],
    note="Nochebuena is the birth day (both mentions); 'Feliz Navidad' is a greeting, not the patient's date",
)
n(
    "es",
    "staff_spotlight",
    "👩🏽‍⚕️ Conozcan a Marisol Reyes, enfermera de la UCIN desde hace 15 años y nuestra "
    "intérprete no oficial favorita. Marisol nació en Oaxaca y creció en Savannah; hoy ayuda a "
    "cientos de familias hispanas a entender cada monitor y cada alarma. ¡Gracias, Marisol! "
    "#OrgulloMagnolia",
    "staff spotlight; the places are the nurse's own history",
)
p(
    "en",
    "patient_story",
    "Look who's back to visit! 👋 @the_king_of_6north (aka King, NICU class of 2021) stopped by "
    "in his Spider-Man boots to say hi to his primary nurse. 🕷️",
    [("OTHER_ID", "@the_king_of_6north"), ("NAME", "King")],
    note="family account handle; ordinary-word name; bare year",
)
n(
    "en",
    "event",
    "NICU grads, you're invited! 🎈 Our NICU Reunion is Saturday, Sept. 20, 10 a.m.–noon at the "
    "Bellhaven Civic Center. Face painting, photo booth & a visit from Biscuit the therapy dog. 🐶\n\n"
    "New this year: a 'Growth Chart Wall' where grads can measure how far they've come, and a "
    "quiet room for families who need a break. 💜\n\n"
    "RSVP 912-555-0134.",
    "hospital event date and venue; therapy dog",
)
p(
    "en",
    "birth_announcement",
    "Five generations in one photo! 📸\n\n"
    "When little Harper Jean was born on March 8, her great-great-grandmother Odessa, 97, "
    "insisted on being the first visitor. 'I've held every baby in this family since 1944 and "
    "I'm not stopping now,' she told our nurses.\n\n"
    "Odessa rode up from Darien with her daughter, granddaughter and great-granddaughter "
    "(that's Harper's mom, Shay) to meet the newest member of the family. 💕 #FiveGenerations",
    [
        ("PHOTO", "photo"),
        ("NAME", "Harper Jean"),
        ("NAME", "Harper", 2),
        ("DATE", "March 8"),
        ("NAME", "Odessa", "*"),
        ("AGE", "97"),
        ("GEO", "Darien"),
        ("NAME", "Shay"),
    ],
    note="a relative's age over 89 is labelled; the photo shows the baby and family; bare year not labelled",
)
n(
    "en",
    "statistic",
    "Twins are up! 👯 Our Birth Center delivered 96 sets of twins last year, up from 71 the "
    "year before. Our Maternal-Fetal Medicine team follows every multiple pregnancy from the "
    "first ultrasound.\n\n"
    "Why the rise? More families are using fertility treatments, and more moms are having "
    "babies in their late 30s and 40s. Twins are wonderful – and twin pregnancies need a little "
    "extra care.\n\n"
    "#TwinStats",
    "aggregate; 96 is a count, not an age",
)
p(
    "en",
    "thank_you",
    "Shoutout to the 2am crew on 3 North who sang happy birthday to Legend & Royal at 12:01 on "
    "9/9 🎂🎂 — our twins turned 1 month old and you made it a party. love, the Bankston fam",
    [("NAME", "Legend"), ("NAME", "Royal"), ("DATE", "9/9"), ("NAME", "Bankston")],
    note="family post; the month-birthday date reveals the birth date; unit name not labelled",
)
n(
    "en",
    "public_figure",
    "Thank you, Coach Darnell Hayes and the Georgia Coastal Gators, for the 200 teddy bears in "
    "tiny jerseys! 🏈🧸\n\n"
    "Coach Hayes told our nurses he has never forgotten the NICU team that cared for his own "
    "daughter years ago, in another state. The team plans to make the bear drop an annual "
    "tradition. 💙\n\n"
    "Every baby in our NICU this week is officially a Gators fan.",
    "public figure and team; babies not identified",
)
p(
    "es",
    "discharge",
    "¡Paz ya está en casa! 🕊️ Nuestra pequeña de 27 semanas salió hoy de la UCIN con su hermano "
    "mayor Santiago como guardaespaldas oficial. 💪 #PazEnCasa",
    [("NAME", "Paz"), ("NAME", "Santiago"), ("NAME", "#PazEnCasa")],
    note="ordinary-word name (peace); sibling",
)
n(
    "es",
    "anonymous_story",
    "Ayer a las 4:12 a. m. nació en nuestra sala de partos el bebé número 5.000 del año. 🎉 La "
    "familia prefirió no compartir su nombre, pero nos dejó una nota: 'Gracias por tratarnos "
    "como familia.' ¡Nosotros también los queremos! 💙",
    "anonymous birth; 'ayer' is relative",
)
p(
    "en",
    "pasted_record",
    "Can we get this on IG today? twins A & B = Brynlee + Bentley Cole, born 11/2 @ 33w. "
    "Parents OK'd names only, no last name!! (mom: Danielle Cole, 912.555.4417). Pic attached "
    "is from their 1st bath.",
    [
        ("NAME", "Brynlee"),
        ("NAME", "Bentley Cole"),
        ("DATE", "11/2"),
        ("NAME", "Danielle Cole"),
        ("PHONE", "912.555.4417"),
        ("PHOTO", "Pic"),
    ],
    note="internal draft; the attached picture shows the twins",
)
n(
    "en",
    "eponymous_condition",
    "Tourette syndrome often first shows up between ages 5 and 10. 🧠\n\n"
    "Tics can look like blinking, throat-clearing, or shoulder shrugs, and they're nothing a "
    "child is doing 'on purpose.' Our Pediatric Neurology clinic at 77 Marsh Hen Lane offers "
    "behavioral therapy (CBIT) for kids and teens.\n\n"
    "Referrals: 912-555-0100. #TouretteAwareness",
    "eponymous condition; population ages; hospital clinic and phone",
)
p(
    "en",
    "patient_story",
    "Officer Daniels has spent 14 years keeping Bellhaven safe. Last week, he needed us. 👮‍♂️💙\n\n"
    "When his daughter arrived 10 weeks early, Ray Daniels traded his patrol car for a rocking "
    "chair in our NICU. His fellow officers have taken turns bringing dinner to the family "
    "every night since.\n\n"
    "Baby Addison is now 3 lb 1 oz and growing. We're honored to take care of one of "
    "Bellhaven's finest – and his girl. #BackTheBlue",
    [("NAME", "Daniels"), ("NAME", "Ray Daniels"), ("NAME", "Addison")],
    note="father introduced by his job is a patient's relative; Bellhaven is where he works, not a home address",
)
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Renee Castillo, neonatologist, marathoner and mom of three! 🏃‍♀️ Dr. Castillo's "
    "youngest, Theo, is running his first 5K with her at our Preemie Power Run this spring.\n\n"
    "Dr. Castillo has been a neonatologist with us for 14 years and leads our Small Baby Unit "
    "for babies born under 28 weeks. Her advice for new NICU parents: 'Ask every question. "
    "There are no silly ones at 3 a.m.'\n\n"
    "Go Team Castillo! #MeetTheTeam",
    "staff member and her own child",
)
p(
    "en",
    "discharge",
    "peanut 🥜 is officially 5 lbs and officially OUTTA HERE!! congrats mom & dad, and thx for "
    "all the donuts 🍩 #NICUgrad",
    [("NAME", "peanut")],
    note="lower-case nickname used as the baby's name",
)
n(
    "en",
    "campaign_hashtag",
    "Our #LittleHatsBigHearts knitters delivered 1,200 red hats for American Heart Month! ❤️🧶 "
    "Every newborn in February goes home in one. Want to knit? Email "
    "volunteer@magnoliacoastkids.org\n\n"
    "Our knitters range in age from 9 to 94, and this year they came from 14 churches, 3 schools "
    "and one very dedicated book club. Thank you! ❤️",
    "campaign hashtag; volunteers; hospital email",
)
p(
    "es",
    "memorial",
    "Hoy recordamos a Ángela Sofía. 🕊️\n\n"
    "Nació el 2 de febrero y vivió 19 días llenos de amor en nuestra UCIN. Sus padres, Brenda y "
    "Julio, cada año traen mantitas tejidas por la abuela Toña para las familias que están "
    "pasando por lo mismo.\n\n"
    "Ángela, siempre serás parte de nuestra familia. 💜 #ÁngelaSiempre",
    [
        ("NAME", "Ángela Sofía"),
        ("NAME", "Ángela", 2),
        ("DATE", "2 de febrero"),
        ("NAME", "Brenda"),
        ("NAME", "Julio"),
        ("NAME", "Toña"),
        ("NAME", "#ÁngelaSiempre"),
    ],
    note="memorial; the father's name 'Julio' is also a month name",
)
n(
    "es",
    "health_tip",
    "🤱 La lactancia materna no siempre es fácil, ¡y está bien pedir ayuda! Nuestras "
    "consultoras de lactancia hablan español. 💜\n\n"
    "Te podemos ayudar con:\n"
    "• Dolor al amamantar\n"
    "• Poca producción de leche\n"
    "• Extracción y almacenamiento\n"
    "• Regreso al trabajo\n\n"
    "Llama a la línea 912-555-0188, de lunes a viernes.",
    "tip; hospital phone",
)
p(
    "en",
    "birth_announcement",
    "Happy birth day, Journee! 🎂 Born on Leap Day (2/29!!) at 5:55 a.m., she'll only get a real "
    "birthday every four years – so we're celebrating extra today. 🐸💚",
    [("NAME", "Journee"), ("DATE", "Leap Day"), ("DATE", "2/29")],
    note="named day and date are the same birth date",
)
n(
    "en",
    "sponsor",
    "A toy drive with a story 🧸 Thanks to the Hargrove family, whose annual Hargrove Holiday "
    "Toy Drive has filled our Child Life playroom for 12 Decembers running. This year they "
    "topped 3,000 toys! If you'd like to help, drop-off is at 415 Oyster Shell Road through "
    "Dec 20. 🎁\n\n"
    "Most needed: toys for teens (yes, teens get sick too!), art kits, board games and gift "
    "cards. Please, no stuffed animals this year – we have 600. 😅\n\n"
    "#Giving",
    "donor family; hospital address; event date",
)
p(
    "en",
    "thank_you",
    "To the nurse who stayed 30 minutes after her shift to teach my husband Dante how to "
    "swaddle: he now swaddles EVERYTHING. The cat. The remote. Thank you from the whole Okafor "
    "house 😂💙",
    [("NAME", "Dante"), ("NAME", "Okafor")],
    note="relatives only; the baby is never named",
)
n(
    "en",
    "anonymous_story",
    "A dad told us today he'd never held anything so small. Then he held it for 3 hours. ❤️ "
    "#KangarooCare #NICULife",
    "anonymous",
)
p(
    "es",
    "birth_announcement",
    "¡Llegaron los trillizos! 👶👶👶 Bienvenidos Mateo, Marcos y María José, nacidos el 1.º de "
    "abril (¡y no es broma!) a las 34 semanas. 🎉\n\n"
    "Mateo pesó 4 libras y 8 onzas, Marcos 4 libras y 2 onzas, y María José, la más pequeña "
    "pero la más gritona, 3 libras y 15 onzas. 😂\n\n"
    "Mamá Lucero y papá Iván están felices y agotados. ¡Felicidades! 💙",
    [
        ("NAME", "Mateo", "*"),
        ("NAME", "Marcos", "*"),
        ("NAME", "María José", "*"),
        ("DATE", "1.º de abril"),
        ("NAME", "Lucero"),
        ("NAME", "Iván"),
    ],
    note="triplets; ordinal date format",
)
n(
    "es",
    "event",
    "🎃 ¡Desfile de disfraces en pediatría! Este 31 de octubre a las 3 p. m. los pacientes que "
    "puedan salir de su cuarto desfilarán por el 5.º piso. Voluntarios: llamen a Child Life al "
    "912-555-0163. #HalloweenMagnolia",
    "hospital event date; hospital phone",
)
p(
    "en",
    "patient_story",
    "Best costume of the day goes to… Rocky as a pint-sized firefighter, IV pole turned fire "
    "hose and all! 🚒🎃 Rocky, 5, has been with us on 5 West since October 3 and told us he's "
    "'saving the whole floor.' 🔥\n\n"
    "Rocky's costume was built by his dad out of a cardboard box, red duct tape and a LOT of "
    "love. Bellhaven Fire Station 3 heard about it and sent over a real junior firefighter "
    "helmet. 🚒\n\n"
    "#RockyToTheRescue",
    [("NAME", "Rocky", "*"), ("DATE", "October 3"), ("NAME", "#RockyToTheRescue")],
    note="admission date; unit not labelled",
)
n(
    "en",
    "eponymous_condition",
    "Graves' disease in pregnancy needs close follow-up – for mom AND baby. Our Maternal-Fetal "
    "Medicine team and pediatric endocrinologists work together from the first trimester. "
    "#ThyroidAwareness",
    "eponymous condition",
)
p(
    "en",
    "pasted_record",
    "[internal – do not publish as is] Grad photo shoot Fri for Blessing Adeyemi (twin B, DOB "
    "7/30, MRN 2093 3318). Family wants to thank Dr. Lin + night team. Dad Tunde's number is "
    "912-555-7730; he prefers text. Billing flagged acct# 7734-22 so pls don't mention the "
    "fundraiser by name.",
    [
        ("NAME", "Blessing Adeyemi"),
        ("DATE", "7/30"),
        ("MRN", "2093 3318"),
        ("NAME", "Tunde"),
        ("PHONE", "912-555-7730"),
        ("ACCOUNT", "7734-22"),
    ],
    note="pasted chart details; the photo shoot is planned, not attached",
)
n(
    "en",
    "public_figure",
    "Black History Month 🖤 We honor Mary Eliza Mahoney, America's first Black professional "
    "nurse (1879), and the Black nurses, doctors and midwives of coastal Georgia who cared for "
    "mothers and babies when hospitals would not.\n\n"
    "Georgia's 'granny midwives' delivered thousands of babies along the coast well into the "
    "1950s, often walking miles at night with a lantern and a black bag. Their wisdom lives on "
    "in our Birth Center.\n\n"
    "#BlackHistoryMonth",
    "historical figure",
)
p(
    "en",
    "patient_story",
    "Sawyer's Lemonade Stand is back! 🍋 8-year-old NICU grad Sawyer Pike and his sister Mila "
    "raised $1,312 for our NICU last summer. This year's goal: $2,000. Find them this Saturday "
    "in front of their house on Palmetto Street in Richmond Hill. #SawyersStand",
    [
        ("NAME", "Sawyer", 1),
        ("NAME", "Sawyer Pike"),
        ("NAME", "Mila"),
        ("GEO", "Palmetto Street"),
        ("GEO", "Richmond Hill"),
        ("NAME", "#SawyersStand"),
    ],
    note="patient-run fundraiser by a former NICU patient; home street",
)
n(
    "en",
    "recruitment",
    "Love babies? Love nights? 🌙 Our Mother-Baby unit is hiring RNs with a $10K sign-on bonus. "
    "Join a team that delivers more than 4,000 babies a year. Apply: mcwch.org/jobs",
    "recruitment; hospital domain",
)
p(
    "es",
    "thank_you",
    "👵🏽 A la abuela Carmen y al abuelo Tito: gracias por venir cada mañana desde Brunswick para "
    "cantarle a su nieto Río en la UCIN. Las enfermeras ya se saben todas las rancheras. 🎶\n\n"
    "Don Tito trae café para el turno de noche y doña Carmen ya le tejió un gorrito a cada bebé "
    "de la sala. Río nació el 19 de enero con 30 semanas y ya pesa casi 4 libras. 💙\n\n"
    "#AbuelosDeOro",
    [
        ("NAME", "Carmen", "*"),
        ("NAME", "Tito", "*"),
        ("GEO", "Brunswick"),
        ("NAME", "Río", "*"),
        ("DATE", "19 de enero"),
    ],
    note="grandparents are relatives; ordinary-word name Río; birth date",
)
n(
    "es",
    "crisis_update",
    "⚠️ AVISO: Por el paso del huracán Elena, las clínicas de 77 Marsh Hen Lane estarán "
    "cerradas mañana. El hospital en 2200 Tidewater Parkway sigue abierto. Si estás embarazada "
    "y tienes contracciones, ven directamente a Labor y Parto. Info: 912-555-0100.",
    "hurricane name; hospital addresses and phone",
)
p(
    "en",
    "milestone_birthday",
    "Happy 90th birthday… wait, wrong floor. 😄 Happy 90 DAYS, Willow! Our longest current NICU "
    "resident hit 3 months today and celebrated with a cake made of… diapers. #WillowWins",
    [("NAME", "Willow"), ("NAME", "#WillowWins")],
    note="'90th' is a joke, nobody is 90, so no AGE",
)
n(
    "en",
    "health_tip",
    "Car seat check! 🚗 Before any NICU grad goes home, our team does a 90-minute car seat "
    "challenge to make sure baby breathes comfortably in the seat. Free car seat fittings: "
    "first Wednesday of each month, 9–11 a.m., Garage B. 🚙\n\n"
    "Did you know 3 out of 4 car seats are installed incorrectly? Our certified technicians "
    "will check the fit, the harness and the angle – and teach you to do it yourself.\n\n"
    "#CarSeatSafety",
    "tip; schedule",
)
p(
    "en",
    "patient_story",
    "Meet Brooke, one of the strongest moms we know. 💪 After a placenta accreta diagnosis at 28 "
    "weeks, Brooke spent 41 days on our antepartum unit before delivering her son Everett on "
    "May 5. Both are home in Bluffton and thriving. 💕\n\n"
    "'I thought I'd just be on bed rest,' Brooke told us. 'I didn't know I'd find a second "
    "family.' She now volunteers with our antepartum support group, bringing coffee and "
    "puzzles to moms on long stays.\n\n"
    "#MaternalHealth",
    [("NAME", "Brooke", "*"), ("NAME", "Everett"), ("DATE", "May 5"), ("GEO", "Bluffton")],
    note="the mother is the patient, introduced like a spotlight ('Meet ...')",
)
n(
    "en",
    "eponymous_condition",
    "What is Apert syndrome? 🧡\n\n"
    "It's a rare genetic condition that affects how the bones of the skull, hands and feet "
    "grow. Our Craniofacial Team (plastic surgery, neurosurgery, genetics, feeding therapy and "
    "social work) cares for babies with Apert, Crouzon and Pfeiffer syndromes from birth.\n\n"
    "Learn more at magnoliacoastkids.org/craniofacial",
    "eponymous conditions; hospital domain",
)
p(
    "en",
    "discharge",
    "She did it!! 🎉 Follow @team_sky_blue for updates as our favorite 26-weeker goes home today "
    "on just a whisper of oxygen. #SkyIsTheLimit",
    [("OTHER_ID", "@team_sky_blue"), ("NAME", "#SkyIsTheLimit")],
    note="hard: the name appears only in the family handle and in a hashtag that looks like a common phrase",
)
n(
    "en",
    "campaign_hashtag",
    "The sky's the limit for our NICU grads! 🌤️ Tag your graduate's first-day-of-school photos "
    "with #MagnoliaGrads and we might feature them this fall. (Please no last names, birthdays "
    "or school names!) 📸\n\n"
    "Last year more than 400 families shared their grads' first days. Our NICU nurses print "
    "their favorites and hang them outside the unit, so today's families can see what's "
    "ahead. 💙",
    "campaign hashtag; 'sky' is an ordinary word here",
)
p(
    "es",
    "pasted_record",
    "Para el video de Navidad: la familia de Emiliano Juárez (hab. 512, oncología) dice que sí. "
    "El niño cumple 6 años el 28 de diciembre. Contacto: papá Rogelio, "
    "rogelio.juarez@yahoo.com / 912 555 6021. NO mencionar diagnóstico.",
    [
        ("NAME", "Emiliano Juárez"),
        ("OTHER_ID", "hab. 512"),
        ("DATE", "28 de diciembre"),
        ("NAME", "Rogelio"),
        ("EMAIL", "rogelio.juarez@yahoo.com"),
        ("PHONE", "912 555 6021"),
    ],
    note="pasted draft; abbreviated room number; birthday",
)
n(
    "es",
    "public_figure",
    "🎤 ¡La cantante Carolina Paz nos regaló una tarde de música en el lobby! Gracias por tu voz "
    "y tu corazón. 💖 #MúsicaQueSana",
    "public figure; her surname is also a child's name elsewhere",
)
p(
    "en",
    "thank_you",
    "@KeishaMBrown congrats mama!! 🎉 we loved having you and baby Zion on 3 South. come back "
    "and visit (but not too soon 😂)",
    [("OTHER_ID", "@KeishaMBrown"), ("NAME", "Zion")],
    note="comment reply to the mother's own handle (she was the patient too)",
)
n(
    "en",
    "statistic",
    "By the numbers: NICU Awareness Month 💜\n"
    "• 1 in 10 babies in the U.S. is born premature\n"
    "• 1,142 babies cared for in our NICU last year\n"
    "• 38 NICU nurses with 10+ years' experience\n"
    "• 365 days a year, 24 hours a day, a neonatologist is in-house\n"
    "Thank you to every family who trusted us. #NICUAwarenessMonth",
    "aggregate numbers",
)
p(
    "en",
    "patient_story",
    "Summer loves summer. ☀️ Our 10-year-old heart warrior Summer Okoye spent her third summer "
    "in a row with us on 6 North, but her care team brought the beach to her: sand table, "
    "kiddie pool and a LOT of popsicles. 🏖️\n\n"
    "Summer is waiting for a new heart. Until then, she's teaching every new nurse how to play "
    "Uno (and beating them). Her dad says she's 'the toughest person in our family, by a "
    "mile.' 💜\n\n"
    "#SummerStrong",
    [("NAME", "Summer Okoye"), ("NAME", "Summer", "*"), ("NAME", "#SummerStrong")],
    note="'Summer' the name vs 'summer' the season",
)
n(
    "en",
    "staff_spotlight",
    "Congrats to our NICU nurse manager Alicia on the birth of her daughter! 🎉 (She delivered "
    "at a hospital closer to her family in Atlanta, and yes, she's already asking how the unit "
    "is doing.) 😂\n\n"
    "The NICU team sent a care package with 12 hand-knit hats, a 'Future Nurse Manager' onesie "
    "and a framed picture of the whole night shift. Enjoy every minute, Alicia! 💜\n\n"
    "#MagnoliaFamily",
    "staff member's own family event; she was not a patient here",
)
p(
    "es",
    "patient_story",
    "🏥 Historias de la UCIN: Dulce y su abuelita\n\n"
    "Cada tarde a las 5, doña Chelo llega a la UCIN con su rosario y una cobija rosa. Se sienta "
    "junto a la incubadora de su nieta Dulce y le canta 'Señora Santa Ana' hasta que se queda "
    "dormida.\n\n"
    "Dulce nació con 29 semanas y ya pesa 4 libras. ¡Gracias, doña Chelo, por enseñarnos que el "
    "amor también alimenta! 💗 #AbuelasUCIN",
    [("NAME", "Dulce", "*"), ("NAME", "Chelo", "*")],
    note="ordinary-word name (sweet); grandmother's nickname; doña outside the span; song title not a name",
)
n(
    "es",
    "research",
    "🔬 Investigación: nuestro equipo de neonatología participa en un estudio nacional sobre el "
    "uso de cafeína en bebés prematuros. Si tu bebé está en la UCIN y quieres saber más, "
    "pregunta a tu enfermera.\n\n"
    "La participación es voluntaria y no cambia el cuidado que recibe tu bebé. Todos los "
    "materiales están disponibles en español.\n\n"
    "Más información: 912-555-0134.",
    "research; hospital phone",
)
p(
    "en",
    "pasted_record",
    "DM from mom (pls respond!): 'hi it's Tori, Hudson's mom, he was in rm 418 last wk. can u "
    "send me the pics from his bday party? my email is tori.lynn.b@icloud.com thank u!!'",
    [
        ("NAME", "Tori"),
        ("NAME", "Hudson"),
        ("OTHER_ID", "rm 418"),
        ("EMAIL", "tori.lynn.b@icloud.com"),
    ],
    note="pasted DM; the pictures are requested, not attached",
)
n(
    "en",
    "hospital_contact",
    "Lost & found 🧸 A very loved stuffed giraffe was left in the Birth Center lobby this "
    "weekend. If he's yours, call 912-555-0156 or stop by Security at 2200 Tidewater Parkway. "
    "He misses you. 🦒\n\n"
    "Distinguishing features: one ear chewed flat, a faded pink bow, and an extremely loyal "
    "expression. He is currently supervising the Security desk and taking his job very "
    "seriously.",
    "hospital phone and address",
)

# ---------------------------------------------------------------- batch 3

p(
    "en",
    "patient_story",
    "Many of you have asked how to help Baby Legend's family. 💙\n\n"
    "Legend Carter was born at 23 weeks on November 4 and is fighting hard in our NICU. His "
    "mom, Shanice, has had to stop working to be by his side. The family has set up a "
    "fundraiser at gofundme.com/f/legend-carter-nicu-fund and updates on "
    "caringbridge.org/visit/legendcarter.\n\n"
    "Please keep this little legend in your prayers. 🙏 #LegendStrong",
    [
        ("NAME", "Legend", 1),
        ("NAME", "Legend Carter"),
        ("DATE", "November 4"),
        ("NAME", "Shanice"),
        ("URL", "gofundme.com/f/legend-carter-nicu-fund"),
        ("URL", "caringbridge.org/visit/legendcarter"),
        ("NAME", "#LegendStrong"),
    ],
    note="family fundraiser and update URLs; 'little legend' the noun is not the name",
)
n(
    "en",
    "staff_spotlight",
    "Meet River, our newest facility dog! 🐕 River is a 2-year-old golden retriever trained by "
    "Canine Assistants to help kids through blood draws, dressing changes and tough days. Look "
    "for her vest on 5 West. 🦺\n\n"
    "Unlike our volunteer therapy dogs, River works full time with our Child Life team. She can "
    "lie still on a bed during an IV start, 'push' a wheelchair to radiology and fetch a toy on "
    "command. Her handler is Child Life Specialist Brandi.\n\n"
    "Please ask before petting – River is on the clock! 🐾 #FacilityDog",
    "a facility dog named River; pets are never labelled",
)
p(
    "en",
    "birth_announcement",
    "welcome to the world, baby harper grace! 💗 born 7.4.25 at 11:11 pm, 6 lb 6 oz. mama & "
    "daddy are over the moon. 🌙 #MagnoliaCoastBabies",
    [("NAME", "harper grace"), ("DATE", "7.4.25")],
    note="all lower case; dotted date with year",
)
n(
    "es",
    "staff_spotlight",
    "¡Felicidades a nuestra enfermera Esperanza Villalobos por sus 25 años en la UCIN! 🎉 "
    "Esperanza ha cuidado a más de 8.000 bebés y todavía se emociona con cada alta. 💙\n\n"
    "Empezó en el año 2000 como auxiliar de enfermería, estudió de noche y hoy es enfermera "
    "jefe del turno nocturno. Sus compañeras dicen que su secreto es un termo de café de olla "
    "y mucha paciencia. ☕\n\n"
    "#OrgulloMagnolia",
    "staff member whose name is also an ordinary word",
)
p(
    "es",
    "discharge",
    "¡Victoria ganó! 🏆 Nuestra bebé de 1 libra y 2 onzas se fue a casa hoy en Rincon con sus "
    "papás, Yaritza y Fernando. 🎉\n\n"
    "Victoria nació a las 23 semanas y pasó 131 días con nosotros. Tuvo dos cirugías, muchas "
    "noches difíciles y una enfermera, Glenda, que nunca dejó de cantarle.\n\n"
    "¡Qué nombre tan perfecto! #VictoriaEnCasa",
    [
        ("NAME", "Victoria", "*"),
        ("GEO", "Rincon"),
        ("NAME", "Yaritza"),
        ("NAME", "Fernando"),
        ("NAME", "#VictoriaEnCasa"),
    ],
    note="name that reads as 'victory' at the start",
)
n(
    "en",
    "event",
    "🎅 Santa's coming to the NICU! On Dec 23, Santa and Mrs. Claus will visit every bedside "
    "for photos (with parents' OK). Families: talk to your nurse to sign up. 📸\n\n"
    "Every NICU baby will also get a stocking knit by our Auxiliary volunteers. Siblings can "
    "decorate cookies in the family lounge from 1–3 p.m. 🍪\n\n"
    "#HolidaysAtMagnolia",
    "hospital event date; Santa is not a patient",
)
p(
    "en",
    "memorial",
    "We'll never forget you, Brave. 🦁 4 years old, 600 days of treatment, 1 million smiles. Our "
    "5 West family loves you forever. 💛 #BeBraveLikeBrave",
    [("NAME", "Brave"), ("NAME", "#BeBraveLikeBrave")],
    note="ordinary-word name; memorial hashtag built on the name",
)
n(
    "en",
    "public_figure",
    "Former Atlanta Braves pitcher Tommy Dale visited our pediatric cancer floor today – and "
    "let every kid strike him out. ⚾\n\n"
    "Tommy pitched 11 seasons in the majors and now runs a youth baseball foundation in Macon. "
    "He brought 60 signed gloves and stayed three hours longer than planned. 🧢\n\n"
    "Thanks for the laughs, Tommy! #BravesCountry",
    "public figure; children not identified",
)
p(
    "en",
    "pasted_record",
    "pt id 88124 / Zayden M., 4 mo, rm 5-212. Mom OK'd post about 'our heart warrior.' No "
    "surgery details. Mom cell 912-555-9014 ext 2 (work).",
    [
        ("MRN", "88124"),
        ("NAME", "Zayden M."),
        ("OTHER_ID", "rm 5-212"),
        ("PHONE", "912-555-9014 ext 2"),
    ],
    note="patient id treated as a record number; first name + initial; phone with extension",
)
n(
    "es",
    "anonymous_story",
    "Esta semana una mamá nos contó que tuvo a sus tres hijos en Magnolia Coast: el mayor en "
    "2015, la de en medio en 2019 y el bebé hace apenas unos días. 'Aquí ya nos conocen', nos "
    "dijo riendo. ¡Gracias por confiar en nosotros una y otra vez! 💙",
    "anonymous mother; bare years only",
)
p(
    "en",
    "thank_you",
    "Big sister Sky, 6, made a card for every nurse who cared for her baby brother this month. "
    "🖍️ We have 23 new masterpieces on our fridge. Thank you, Sky! 💙",
    [("NAME", "Sky", "*")],
    note="only the patient's sibling is named",
)
n(
    "en",
    "eponymous_condition",
    "Hodgkin lymphoma is one of the most curable childhood cancers – more than 90% of kids "
    "survive. 💛\n\n"
    "Signs to watch for: a painless swollen lymph node in the neck, armpit or groin, fevers "
    "that come and go, night sweats, or weight loss without trying. Most lumps in kids are NOT "
    "cancer – but if one lasts more than 2 weeks, get it checked.\n\n"
    "Our pediatric oncology team treats Hodgkin lymphoma right here on the coast. "
    "#ChildhoodCancerAwareness",
    "eponymous condition; 90% is not an age",
)
p(
    "en",
    "patient_story",
    "Meet the Fontaine triplets: Ocean, Storm & Rain 🌊⛈️🌧️\n\n"
    "Born on Halloween night at 30 weeks, they have spent the past six weeks in our NICU "
    "weathering every forecast. Mom Celeste says she picked the names long before she knew it "
    "would be hurricane season in the NICU, too. 😂\n\n"
    "Ocean went home last week. Storm and Rain hope to follow by Christmas. 🎄",
    [
        ("NAME", "Fontaine"),
        ("NAME", "Ocean", "*"),
        ("NAME", "Storm", "*"),
        ("NAME", "Rain", "*"),
        ("DATE", "Halloween"),
        ("NAME", "Celeste"),
    ],
    note="weather-word names; Halloween is the birth date; Christmas is only a hoped-for target",
)
n(
    "en",
    "campaign_hashtag",
    "Rain or shine, our #MagnoliaMoms walking group meets every Thursday at 8 a.m. by the "
    "Tidewater Parkway fountain. 🌦️ Free for pregnant and postpartum moms. #MoveForTwo",
    "campaign hashtags; hospital grounds",
)
p(
    "es",
    "birth_announcement",
    "👶💙 ¡Bienvenido, Reyes! Nuestro bebé del Día de Reyes nació el 6 de enero a las 6:06 a. m. "
    "¡Sus papás dicen que el nombre no podía ser otro! Felicidades, familia Gálvez. 👑\n\n"
    "Reyes pesó 7 libras y 6 onzas, y sus hermanas mayores ya le guardaron un pedazo de rosca. "
    "Su papá dice que este año el muñequito le tocó a él. 😂\n\n"
    "#BebésMagnolia",
    [
        ("NAME", "Reyes", 1),
        ("NAME", "Reyes", 3),
        ("DATE", "Día de Reyes"),
        ("DATE", "6 de enero"),
        ("NAME", "Gálvez"),
    ],
    note="the name also occurs inside the holiday name, which is the birth date",
)
n(
    "es",
    "event",
    "📣 Clase para hermanos mayores: '¡Voy a ser hermano!' Sábado 8 de marzo, 10 a. m., en el "
    "Birth Center. Para niños de 3 a 8 años. Gratis. Regístrate: magnoliacoastkids.org/clases",
    "class date; hospital domain",
)
p(
    "en",
    "discharge",
    "After 163 days, our Miracle is going home. ✨\n\n"
    "That's not a figure of speech: her name is literally Miracle. Miracle Johnson was born on "
    "December 26 at 22 weeks and 6 days, one of the smallest babies ever cared for in our "
    "NICU.\n\n"
    "Today she's 6 lb 2 oz and her big brothers, Jace and Jalen, were waiting at the door with "
    "a banner. 🏡\n\n"
    "Go home and shine, Miracle! #NICUgrad #MagnoliaMiracles",
    [
        ("NAME", "Miracle Johnson"),
        ("NAME", "Miracle", "*"),
        ("DATE", "December 26"),
        ("NAME", "Jace"),
        ("NAME", "Jalen"),
    ],
    note="name that is an ordinary word; the campaign hashtag #MagnoliaMiracles is not the name",
)
n(
    "en",
    "research",
    "Our NICU is one of 12 sites in a national trial testing whether a gentle 'sugar water' gel "
    "can prevent low blood sugar in newborns. 🔬 Enrolling now – ask your nurse.\n\n"
    "About 1 in 6 newborns has low blood sugar in the first days, especially babies of moms "
    "with diabetes and babies born early or big. If the gel works, fewer babies would need IV "
    "fluids or a NICU stay.\n\n"
    "#NeonatalResearch",
    "research",
)
p(
    "en",
    "pasted_record",
    "FW: consent on file ✔️ — Pt: PRUITT, JOURNEY A | DOB: 01/30/2023 | MRN 40017762 | "
    "Medicaid ID 775 310 442 | Guardian: Alexis Pruitt (mother). OK to use first name + photo "
    "in NICU Awareness post.",
    [
        ("NAME", "PRUITT, JOURNEY A"),
        ("DATE", "01/30/2023"),
        ("MRN", "40017762"),
        ("HEALTH_PLAN", "775 310 442"),
        ("NAME", "Alexis Pruitt"),
    ],
    note="pasted registration line; the photo is permission, not an attached photo",
)
n(
    "en",
    "health_tip",
    "Postpartum check-in 💜 Feeling sad, anxious, or not like yourself after baby? You're not "
    "alone – 1 in 7 moms experience postpartum depression. Talk to your OB, call our warm line "
    "at 912-555-0188, or call/text the National Maternal Mental Health Hotline at "
    "1-833-TLC-MAMA, 24/7. #MaternalMentalHealth",
    "tip; hospital and national lines",
)
p(
    "en",
    "patient_story",
    "The #TeamTeagan army showed up! 💚 Thank you to everyone who wore green for our girl on "
    "4 East today. Follow her journey at @teagans_tough_tummy 💪",
    [("NAME", "#TeamTeagan"), ("OTHER_ID", "@teagans_tough_tummy")],
    note="name only in a hashtag and a family handle",
)
n(
    "en",
    "staff_spotlight",
    "Meet the Hunter twins… of our Respiratory Therapy team! 🫁 Marcus and Micah Hunter have "
    "worked side-by-side as NICU RTs for 8 years. Yes, parents mix them up. Yes, they've "
    "switched name badges. No, they will not tell us who's older. 😂\n\n"
    "Marcus runs our neonatal transport team and Micah teaches every new NICU nurse how to "
    "manage a ventilator. Happy Respiratory Care Week to them and all 22 of our RTs! 💙\n\n"
    "#RTWeek",
    "staff twins, not patients",
)
p(
    "es",
    "pasted_record",
    "Nota interna: la mamá de la bebé de la cuna 9 (Abril Castañeda, nacida el 14 de febrero) "
    "pide que no se publique ninguna foto. Tel. de la abuela: (912) 555-2264. Dirección para "
    "enviar la tarjeta: 118 calle Maple, Hinesville.",
    [
        ("OTHER_ID", "cuna 9"),
        ("NAME", "Abril Castañeda"),
        ("DATE", "14 de febrero"),
        ("PHONE", "(912) 555-2264"),
        ("GEO", "118 calle Maple"),
        ("GEO", "Hinesville"),
    ],
    note="the baby's name is also a month name; grandmother's phone; home street",
)
n(
    "es",
    "crisis_update",
    "🔌 Actualización: la energía se restableció en el edificio principal a las 3:40 p. m. "
    "Todos los pacientes de la UCIN y de pediatría estuvieron seguros en todo momento gracias "
    "a nuestros generadores. Gracias por su paciencia.",
    "crisis update; a time, not a date",
)
p(
    "en",
    "birth_announcement",
    "When 101-year-old Miss Hattie met her great-great-grandson Kingston in our NICU, she told "
    "him: 'I've been waiting a long time for you.' 💕 Kingston was born May 12 at 34 weeks and "
    "is growing fast.\n\n"
    "Hattie has lived her whole life in McIntosh County and has seen five generations of her "
    "family born on this coast. Kingston's dad says she's already picked out his first fishing "
    "pole.",
    [
        ("AGE", "101-year-old"),
        ("NAME", "Hattie", "*"),
        ("NAME", "Kingston", "*"),
        ("DATE", "May 12"),
        ("GEO", "McIntosh County"),
    ],
    note="a relative's age over 89 (hyphenated token); 'Miss' outside the span; her county is GEO",
)
n(
    "en",
    "statistic",
    "Our Milk Bank depot collected 9,480 ounces of donated breast milk last year 🍼 — enough "
    "for about 1,900 feedings for preemies. Thank you, donor moms! 💛 #MilkBank",
    "aggregate; anonymous donors",
)
p(
    "en",
    "thank_you",
    "From our own NICU family 💙\n\n"
    "Our unit clerk Dionne Parrish has answered the NICU phone for 22 years. This spring, the "
    "call was about her own granddaughter, Amari, born at 27 weeks on April 19.\n\n"
    "'I've told a thousand families it would be okay,' Dionne said. 'This time I had to "
    "believe it myself.' Amari is now home and Dionne is back at the desk – with a new photo "
    "on it. 📸",
    [
        ("NAME", "Dionne Parrish"),
        ("NAME", "Dionne", "*"),
        ("NAME", "Amari", "*"),
        ("DATE", "April 19"),
    ],
    note="an employee who is a patient's grandmother is a patient's relative; the desk photo is not an attached photo",
)
n(
    "en",
    "sponsor",
    "Thank you to Coastal Ford of Bellhaven for donating 50 convertible car seats to NICU "
    "families in need! 🚗💙 #CommunityPartners",
    "corporate sponsor",
)
p(
    "es",
    "milestone_birthday",
    "¡Feliz primer cumpleaños, Alba! 🎂 Hace un año, el 3 de julio, llegaste a nuestra UCIN "
    "pesando 900 gramos. Hoy caminas y nos robas el corazón. 💕\n\n"
    "Tu mamá nos mandó una foto de tu pastel de unicornio y ya está pegada en la estación de "
    "enfermería. ¡Gracias por dejarnos ser parte de tu historia!\n\n"
    "Con cariño, tus enfermeras.",
    [("NAME", "Alba"), ("DATE", "3 de julio")],
    note="ordinary-word name (dawn); 'hace un año' is relative but the date is written",
)
n(
    "es",
    "eponymous_condition",
    "💙 Hablemos de la enfermedad de Hirschsprung: afecta el intestino grueso de algunos "
    "recién nacidos. Señales: el bebé no hace popó en las primeras 48 horas, barriga hinchada "
    "o vómito verde. Si notas esto, llama a tu pediatra de inmediato.",
    "eponymous condition",
)
p(
    "en",
    "discharge",
    "ICYMI: King & Kross (our 'K2' twins) finally went home to Hinesville yesterday after 71 "
    "days! 👑✖️ Their dad says the house is now officially a kingdom. #TwinGrads",
    [("NAME", "King"), ("NAME", "Kross"), ("NAME", "K2"), ("GEO", "Hinesville")],
    note="the twins' shared nickname 'K2' is treated as a NAME",
)
p(
    "en",
    "patient_story",
    "The quietest sound in the NICU 🤫\n\n"
    "Around 4 a.m., when the alarms finally settle, you can hear a dad in bed space 12 humming "
    "Motown to his son. Every night, same song: 'My Girl,' because, he says, 'it's the only "
    "one I know all the words to.'\n\n"
    "We won't tell you his name, but if you're reading this: we all know the words now too. 💙",
    [("OTHER_ID", "bed space 12")],
    note="reads as an anonymous story, but the bed number is a patient identifier",
)
n(
    "en",
    "public_figure",
    "Thank you to the cast of 'Lowcountry Nights' for reading bedtime stories to our pediatric "
    "patients over Zoom tonight! 📚🌙 Special shoutout to Jenna Marlowe for doing ALL the "
    "voices.",
    "public figures; patients not identified",
)
p(
    "en",
    "patient_story",
    "5 West was GLOWING tonight for #BrightForBraxton 💡 Thanks to everyone at the Bellhaven "
    "Marina who flashed their boat lights for our buddy on the 5th floor. He saw every one. 💛",
    [("NAME", "#BrightForBraxton")],
    note="name only in the hashtag; the marina is where supporters were, not the family's place",
)
n(
    "en",
    "recruitment",
    "Child Life Internship applications are OPEN 🎨\n\n"
    "Our 600-hour internship is accredited by the ACLP and places interns on the NICU, 5 West, "
    "the pediatric ED and hematology/oncology.\n\n"
    "Apply by Jan 15: magnoliacoastkids.org/childlife. Questions? 912-555-0163.",
    "recruitment; deadline; hospital domain and phone",
)
p(
    "es",
    "thank_you",
    "📝 'A las enfermeras del 4 Este: gracias por cuidar a mi hijo Ángel David cuando le "
    "operaron el corazón el 9 de septiembre. Gracias por explicarme todo en español y por "
    "dejar que su abuela Maricela le cantara antes de entrar al quirófano. Nunca los "
    "olvidaremos. — Yolanda, mamá de Ángel David, Jesup' 💙",
    [
        ("NAME", "Ángel David", "*"),
        ("DATE", "9 de septiembre"),
        ("NAME", "Maricela"),
        ("NAME", "Yolanda"),
        ("GEO", "Jesup"),
    ],
    note="surgery date; grandmother; signature with town",
)
n(
    "es",
    "health_tip",
    "☀️ ¡Ojo con el calor! Nunca dejes a un niño solo en el carro, ni por un minuto. En 10 "
    "minutos la temperatura adentro puede subir 20 grados. #NuncaSolo",
    "tip",
)
p(
    "en",
    "birth_announcement",
    "Congratulations to WBLH Morning News anchor Tessa Grant and her husband, Colin, on the "
    "arrival of their son, Beau, born March 19 in our Birth Center! 🎉 Tessa shared the news "
    "on-air this morning and said we could say hi. 📺\n\n"
    "Beau weighed in at 8 lb 3 oz and, according to his dad, already has 'a face made for "
    "morning TV.' Tessa will be on maternity leave until spring, and her co-anchors promise to "
    "keep her chair warm.\n\n"
    "Welcome to the world, Beau! 💙",
    [
        ("NAME", "Tessa Grant"),
        ("NAME", "Tessa", "*"),
        ("NAME", "Colin"),
        ("NAME", "Beau", "*"),
        ("DATE", "March 19"),
    ],
    note="a public figure who IS the patient (she delivered here) is labelled",
)
n(
    "en",
    "eponymous_condition",
    "Raising a child with Crohn's disease? 💜 Join our Pediatric IBD family night on April 4, "
    "6–7:30 p.m., in the Azalea Room at 2200 Tidewater Parkway. Dinner provided, child care "
    "available. 🍝\n\n"
    "Our pediatric GI dietitian will talk about eating well during flares, and two teens from "
    "our IBD Teen Council will share how they handle school, sports and sleepovers. Parents and "
    "kids 10+ welcome.\n\n"
    "Questions: 912-555-0100. #CrohnsAndColitis",
    "eponymous condition; event date; hospital address and phone",
)
p(
    "en",
    "thank_you",
    "THANK YOU NICU!!!!! OUR BOY TREY IS HOME IN DARIEN AND EATING LIKE A LINEBACKER 🏈🏈 MOM "
    "KIMBERLY & DAD ROB LOVE Y'ALL",
    [("NAME", "TREY"), ("GEO", "DARIEN"), ("NAME", "KIMBERLY"), ("NAME", "ROB")],
    note="all caps comment-style post",
)
n(
    "en",
    "anonymous_story",
    "A grandma stopped our CEO in the hallway today to say thank you for the rocking chairs. "
    "She didn't want her name shared, but she did want a hug. She got one. 🤗",
    "anonymous grandmother",
)
p(
    "es",
    "patient_story",
    "✨ ¡Siguen llegando mensajes para la pequeña Valentina! ✨\n\n"
    "Desde que su familia abrió la cuenta @valen_guerrera, cientos de personas de Tegucigalpa a "
    "Savannah le han mandado dibujos y oraciones. Valentina cumplió 40 días en nuestra UCIN y "
    "ya está tomando biberón. 💕\n\n"
    "Gracias a todos por este cariño. #FuerzaValentina",
    [
        ("NAME", "Valentina", "*"),
        ("OTHER_ID", "@valen_guerrera"),
        ("NAME", "#FuerzaValentina"),
    ],
    note="family handle; the cities are where well-wishers write from, not the family's home",
)
n(
    "es",
    "statistic",
    "📊 El 11% de los bebés que nacen en Georgia llegan antes de tiempo. En Magnolia Coast "
    "atendemos a más de 1.100 prematuros al año en nuestra UCIN nivel IV. "
    "#MesDeLaPrematuridad",
    "aggregate; state only",
)
p(
    "en",
    "discharge",
    "lil man jax said PEACE OUT 5 west ✌️ 3 wks, 1 broken femur, 0 complaints. (ok maybe a few "
    "complaints) #JaxAttack",
    [("NAME", "jax"), ("NAME", "#JaxAttack")],
    note="lower-case name after a descriptive phrase",
)
n(
    "en",
    "event",
    "🎗️ Childhood Cancer Awareness Month Gold Ribbon Walk\n\n"
    "Join us Sept. 27 at 9 a.m. at 2200 Tidewater Parkway for a 1-mile walk honoring every kid "
    "fighting cancer. Registration is free; T-shirts are $15 with all proceeds going to our "
    "Child Life program.\n\n"
    "Register: magnoliacoastkids.org/goldwalk 💛 #GoGold",
    "hospital event; awareness month",
)
p(
    "en",
    "memorial",
    "Thank you to the Lindqvist family for the new Ellie Lindqvist Family Room on our PICU. 💛 "
    "Ellie was our patient for much of her life, and her parents, Erik and Ana, wanted other "
    "families to have a place to rest. Her room opens on what would have been Ellie's 10th "
    "birthday, June 6.",
    [
        ("NAME", "Ellie Lindqvist"),
        ("NAME", "Ellie", "*"),
        ("NAME", "Lindqvist", "*"),
        ("NAME", "Erik"),
        ("NAME", "Ana"),
        ("DATE", "June 6"),
    ],
    note="donors who are a patient's parents, and a room named after the patient, are labelled",
)
n(
    "en",
    "sponsor",
    "The Bennett Children's Pavilion turns 10 this year! 🎉 Named for philanthropists Howard "
    "and June Bennett, the pavilion houses our PICU, 5 West and the Child Life playroom. Thank "
    "you, Bennett family, for a decade of healing. #BennettAt10",
    "donor family naming a building; 'June' is a donor's name, not a date",
)
p(
    "en",
    "pasted_record",
    "Reminder for the Wed video: Harper (the 2019 twin, not the new one!) + her mom Lacey. "
    "Lacey's email: laceyb.sweetgrass@outlook.com. They live out on Sapelo Rd now.",
    [
        ("NAME", "Harper"),
        ("NAME", "Lacey", "*"),
        ("EMAIL", "laceyb.sweetgrass@outlook.com"),
        ("GEO", "Sapelo Rd"),
    ],
    note="internal note; home road",
)
n(
    "en",
    "hospital_contact",
    "Our new NICU Family Portal is live! 💻 Log in at my.magnoliacoastkids.org to see your "
    "baby's care team, daily weights and visiting guidelines. Trouble? Call 912-555-0134.",
    "hospital portal domain and phone",
)
p(
    "es",
    "birth_announcement",
    "🌈 Después de dos pérdidas, Paola y Ernesto recibieron a su bebé arcoíris: Iris Milagros, "
    "nacida el 22 de octubre a las 7:30 p. m. con 6 libras y 10 onzas. 'Iris' significa "
    "arcoíris, nos explicó Paola con lágrimas en los ojos. 💜 #BebéArcoíris",
    [
        ("NAME", "Paola", "*"),
        ("NAME", "Ernesto"),
        ("NAME", "Iris Milagros"),
        ("NAME", "Iris", 2),
        ("DATE", "22 de octubre"),
    ],
    note="rainbow baby; campaign hashtag #BebéArcoíris is not a name",
)

# ---------------------------------------------------------------- batch 4

p(
    "en",
    "birth_announcement",
    "Thanksgiving twins! 🦃 Welcome Sawyer Lee & Sutton Rae, born Nov. 27 at 2:02 and 2:19 p.m. "
    "Mom Jolene says she is thankful, exhausted and VERY ready for pie. 🥧\n\n"
    "Our Mother-Baby team made sure the family got a holiday plate (turkey, dressing, sweet "
    "potato casserole) delivered to the room. Big sister Piper says the twins are 'too small "
    "for pie' but she will eat theirs. 😂\n\n"
    "Happy holidays from all of us! 🍂",
    [
        ("DATE", "Thanksgiving"),
        ("NAME", "Sawyer Lee"),
        ("NAME", "Sutton Rae"),
        ("DATE", "Nov. 27"),
        ("NAME", "Jolene"),
        ("NAME", "Piper"),
    ],
    note="holiday and date name the same birth day",
)
n(
    "en",
    "event",
    "🎂 Happy 5th birthday to Waffles, our longest-serving therapy dog! 🐾\n\n"
    "Waffles has logged more than 2,000 visits on 4 East, 5 West and the PICU since he joined "
    "our Paws for Healing program. Stop by the main lobby on Friday, 2–3 p.m., for "
    "(dog-friendly) cupcakes and a paw-tograph.\n\n"
    "Thank you to his handler, volunteer Ron Ellison, for sharing him with us. 💛 "
    "#PawsForHealing",
    "therapy dog's birthday and a volunteer; no patient",
)
p(
    "es",
    "discharge",
    "🎓 ¡Graduación en la UCIN! 🎓\n\n"
    "Hoy despedimos a Cielo Estrella y Luna Sofía, nuestras gemelitas de 28 semanas que "
    "nacieron el 15 de agosto. Después de 76 días, se van a casa en Pooler con mamá Brisa, "
    "papá Néstor y la abuelita Rosa, que no faltó ni un solo día.\n\n"
    "¡Las vamos a extrañar! 💕 #GraduadasUCIN",
    [
        ("NAME", "Cielo Estrella"),
        ("NAME", "Luna Sofía"),
        ("DATE", "15 de agosto"),
        ("GEO", "Pooler"),
        ("NAME", "Brisa"),
        ("NAME", "Néstor"),
        ("NAME", "Rosa"),
    ],
    note="twins and relatives with ordinary-word names (cielo, estrella, luna, brisa, rosa)",
)
n(
    "es",
    "anonymous_story",
    "Un papá nos dijo hoy: 'Nunca había visto algo tan pequeño y tan fuerte al mismo tiempo.' "
    "💪👶 Así son nuestros guerreros de la UCIN. #OrgulloUCIN",
    "anonymous father",
)
p(
    "en",
    "pasted_record",
    "Security incident note (do NOT post): visitor for Baby Girl Holloway, NICU rm 22, was "
    "refused entry. Visitor ID checked: Deshawn Holloway, GA DL 058 221 907, DOB 1/2/95, says "
    "he is the father. Mom (Kiara Holloway) asked that he not be allowed. Social work notified.",
    [
        ("NAME", "Deshawn Holloway"),
        ("NAME", "Kiara Holloway"),
        ("NAME", "Holloway", "*"),
        ("OTHER_ID", "rm 22"),
        ("LICENSE", "058 221 907"),
        ("DATE", "1/2/95"),
    ],
    note="a relative's driver's licence and date of birth are labelled",
)
n(
    "en",
    "staff_spotlight",
    "Say hi to Hope Nakamura, our new Pediatric Palliative Care coordinator! 🌸 Hope's favorite "
    "part of her job? 'Helping families make memories, whatever the time they have.'\n\n"
    "Hope joins us from a children's hospice in Jacksonville, where she spent 8 years "
    "supporting families. She'll coordinate our Perinatal Comfort Care program and our sibling "
    "bereavement camp.\n\n"
    "Welcome, Hope! #MeetTheTeam",
    "staff member named Hope",
)
p(
    "en",
    "patient_story",
    "Child Life tip from our patient expert, Harper (age 9): 'Blow bubbles during the poke. It "
    "helps. Trust me.' 🫧\n\n"
    "Harper has had more than 200 pokes this year for her sickle cell disease. She now "
    "'coaches' younger kids on 4 East before their blood draws, and she has decided to be a "
    "Child Life Specialist when she grows up.\n\n"
    "She knows. 💪",
    [("NAME", "Harper", "*")],
    note="the patient is introduced as an 'expert', like a staff tip",
)
n(
    "en",
    "health_tip",
    "Blowing bubbles, squeezing a stress ball or counting backward from 10 can make shots less "
    "scary. 🫧 Ask our Child Life Specialists for a 'comfort plan' before any procedure: "
    "912-555-0163.",
    "tip; hospital phone",
)
p(
    "en",
    "memorial",
    "Every year on the 14th of February, the Sorensens bring us roses. 🌹\n\n"
    "Sixteen years ago today, their son Gus was born in our NICU. He lived for nine days. Jens "
    "and Marta Sorensen have spent every Valentine's Day since bringing a rose for every nurse "
    "who held him – this year, 31 roses.\n\n"
    "Thank you for letting us remember Gus with you. ❤️",
    [
        ("DATE", "14th of February"),
        ("NAME", "Sorensens"),
        ("NAME", "Gus", "*"),
        ("NAME", "Jens"),
        ("NAME", "Marta Sorensen"),
        ("DATE", "Valentine's Day"),
    ],
    note="birth date written two ways; plural family surname labelled as written",
)
n(
    "en",
    "public_figure",
    "WNBA star Keisha Monroe dropped by our Pediatric Rehab gym today to shoot some hoops – "
    "from wheelchairs! 🏀 Our kids won 21–18 (she says it was rigged). 😂\n\n"
    "Keisha grew up in Brunswick and says the coast 'made her tough.' She left a signed jersey "
    "for our Rehab gym and promised a rematch next season.\n\n"
    "Thank you, Keisha! #RehabRocks",
    "public figure; children not identified",
)
p(
    "es",
    "pasted_record",
    "Para la nota de prensa: Sra. Guadalupe Martínez (abuela, 93 años) donó 200 gorritos "
    "tejidos. Su bisnieta Itzel nació aquí el 30 de noviembre. Teléfono de la hija: "
    "912-555-8816. ¿Lo publicamos con nombre?",
    [
        ("NAME", "Guadalupe Martínez"),
        ("AGE", "93"),
        ("NAME", "Itzel"),
        ("DATE", "30 de noviembre"),
        ("PHONE", "912-555-8816"),
    ],
    note="a donor who is a patient's great-grandmother is a relative; her age over 89 is labelled",
)
n(
    "es",
    "sponsor",
    "🧶 ¡Gracias al grupo Tejedoras de Bellhaven! Este año donaron 1.500 gorritos para los "
    "recién nacidos de nuestra Unidad de Maternidad. Si quieres unirte, llama a Voluntariado al "
    "912-555-0163.",
    "volunteer group; hospital phone",
)
p(
    "en",
    "discharge",
    "Houston, we have a discharge. 🚀 Apollo (yes, really) blasted off from our NICU today after "
    "58 days. 🛰️\n\n"
    "Our night shift made him a tiny NASA badge and a 'launch checklist' (car seat ✅ monitor ✅ "
    "40 diapers ✅). His big sister asked if he'll come back for 're-entry.' We hope not. 😂\n\n"
    "Mission control (aka Mom & Dad) reports all systems go. #ApolloMission",
    [("NAME", "Apollo"), ("NAME", "#ApolloMission")],
    note="'Houston' is a catchphrase, not the family's city",
)
n(
    "en",
    "crisis_update",
    "UPDATE 4:15 p.m.: The water main break on Tidewater Parkway has been repaired and the main "
    "entrance is open again. Thank you for using the Marsh Hen Lane entrance this afternoon. 🚧",
    "crisis update; hospital streets",
)
p(
    "en",
    "birth_announcement",
    "It's a GIRL for #TheBeaumontBunch! 🎀 Baby #7 arrived in our Birth Center this morning and "
    "big siblings are already fighting over who holds her first. 😂",
    [("NAME", "#TheBeaumontBunch")],
    note="family surname only inside a hashtag",
)
n(
    "en",
    "campaign_hashtag",
    "Wear purple for #WorldPrematurityDay on Nov. 17! 💜 Post a pic of your purple with "
    "#MagnoliaPreemiePower and we'll donate $1 (up to $5,000) to our NICU Family Fund.",
    "campaign hashtags; awareness day",
)
p(
    "en",
    "thank_you",
    "@RyanAndJess_Atl thank YOU for the pizza party for 3 North!! 🍕 We're so happy Theo's "
    "6-month checkup went great. Give that boy a squeeze!",
    [("OTHER_ID", "@RyanAndJess_Atl"), ("NAME", "Theo")],
    note="reply to the parents' handle",
)
n(
    "en",
    "staff_spotlight",
    "Welcome, nurse residents! 💜\n\n"
    "Our newest nurse residents come from 11 nursing schools across Georgia and South Carolina. "
    "Three of them told us they chose pediatrics because a family member once spent time in a "
    "NICU.\n\n"
    "Welcome, Class of Fall 2025! We can't wait to see what you'll do. #NurseResidency",
    "staff; anonymous family mentions",
)
p(
    "es",
    "milestone_birthday",
    "🎉 ¡Mira quién vino a visitarnos! Tadeo cumplió 5 años el 12 de octubre y quiso celebrarlo "
    "con las enfermeras que lo cuidaron cuando pesaba 2 libras. 🎂💙",
    [("NAME", "Tadeo"), ("DATE", "12 de octubre")],
    note="birthday date of a NICU graduate",
)
n(
    "es",
    "event",
    "📅 Reunión de Graduados de la UCIN: sábado 20 de septiembre, de 10 a. m. a 12 p. m., en el "
    "Bellhaven Civic Center. ¡Habrá pintacaritas y una visita de Biscuit, nuestro perrito de "
    "terapia! Confirma al 912-555-0134.",
    "event date and venue; therapy dog; hospital phone",
)
p(
    "en",
    "patient_story",
    "Waffles made a special house call to room 4110 today 🐾 because someone named Maddox had "
    "been asking for 'the waffle dog' since breakfast. 🧇\n\n"
    "Maddox is on isolation precautions, so Waffles sat right by the door for 20 minutes of "
    "fetch-the-sock. His mom says it's the first time he's smiled all week.\n\n"
    "Mission accomplished. 🐾",
    [("OTHER_ID", "room 4110"), ("NAME", "Maddox", "*")],
    note="the dog is not labelled; the patient and his room are",
)
n(
    "en",
    "eponymous_condition",
    "Spina bifida, Chiari malformation, hydrocephalus 🧠 Our Fetal Care Center diagnoses and "
    "plans for these conditions before birth, so babies can get surgery right after.\n\n"
    "Our team includes maternal-fetal medicine, pediatric neurosurgery, neonatology, genetics "
    "and a nurse navigator who walks with each family from diagnosis to delivery day.\n\n"
    "Referrals: 912-555-0156.",
    "eponymous condition; hospital phone",
)
p(
    "en",
    "patient_story",
    "Dads in the NICU 💙\n\n"
    "Meet Tomás. Every morning at 5, Tomás drives from Ludowici to sit with his son before his "
    "shift at the paper mill. He reads him the box scores. He tells him about the weather. "
    "Last week he changed his first diaper without help. 👏\n\n"
    "To Tomás and every NICU dad: we see you. #NICUDads",
    [("NAME", "Tomás", "*"), ("GEO", "Ludowici")],
    note="only the father is named; 'Meet X' reads like a staff spotlight",
)
n(
    "en",
    "anonymous_story",
    "A NICU mom told us today that the hardest part isn't the alarms. It's going home to an "
    "empty nursery every night. 💔 That's why our Ronald McDonald Family Room is open 24/7, "
    "just steps from the NICU. #NICUFamilies",
    "anonymous mother; charity name",
)
p(
    "en",
    "pasted_record",
    "Quick q – can we tag the mom? Her IG is @mama_of_the_mcallister_trio and babies are Finn, "
    "Rory & Wren (DOB 10/14). She's in 3S-314 till Sat.",
    [
        ("OTHER_ID", "@mama_of_the_mcallister_trio"),
        ("NAME", "Finn"),
        ("NAME", "Rory"),
        ("NAME", "Wren"),
        ("DATE", "10/14"),
        ("OTHER_ID", "3S-314"),
    ],
    note="room number without a keyword; mother's handle",
)
n(
    "en",
    "research",
    "🔬 New study from our Maternal-Fetal Medicine team: babies whose mothers got the Tdap "
    "vaccine in pregnancy had 78% fewer hospital stays for whooping cough in their first 2 "
    "months. Read the paper at magnoliacoastkids.org/research/tdap",
    "research; hospital domain",
)
p(
    "es",
    "memorial",
    "Hoy, 2 de noviembre, Día de Muertos, ponemos en nuestro altar la foto de Santiaguito. "
    "🕯️🌼 Siempre te recordaremos, campeón. Con amor, tu familia del 5 Oeste.",
    [("NAME", "Santiaguito")],
    note="the date is the holiday, not the patient's event; the photo is on the altar, not attached",
)
n(
    "es",
    "staff_spotlight",
    "👶 Conozcan a nuestra partera Lucía Benavides, CNM.\n\n"
    "Lucía ha recibido más de 1.200 bebés en nuestro Birth Center y es la primera partera "
    "bilingüe del hospital. Cuando no está trabajando, le gusta pescar con sus hijos en Tybee "
    "Island. 🎣\n\n"
    "'Cada parto es un milagro, aunque lo vea todos los días', dice. ¡Gracias, Lucía! "
    "#ParterasMagnolia",
    "staff member and her own children",
)
p(
    "en",
    "birth_announcement",
    "🎆 Our FIRST BABY of the new year! 🎆\n\n"
    "Welcome, Nova Marie Pryor, who arrived at 12:00:41 a.m. on January 1, just 41 seconds into "
    "the year! She weighs 7 lb 15 oz and is 20.5 inches long.\n\n"
    "Mom Ebony and Dad Curtis of Brunswick were supposed to be watching the fireworks. "
    "Instead, they got the best party favor ever. 🥳\n\n"
    "Happy New Year from all of us on the Mother-Baby unit!",
    [
        ("NAME", "Nova Marie Pryor"),
        ("DATE", "January 1"),
        ("NAME", "Ebony"),
        ("NAME", "Curtis"),
        ("GEO", "Brunswick"),
    ],
    note="'Happy New Year' is a greeting; the birth date is written",
)
n(
    "en",
    "hospital_contact",
    "📍 Parking tip for NICU families: use Garage B off Tidewater Parkway and ask the NICU front "
    "desk to validate – it's free for parents. Family Support Line: 912-555-0134.",
    "hospital parking and phone",
)
p(
    "en",
    "patient_story",
    "Our respiratory therapist Andre gave his own kidney to his nephew, Kobe, 10, on March 3. "
    "Both are home and doing great, and Andre is back at work already (we told him to rest!!). 💚\n\n"
    "Kobe has been on dialysis since he was 7. Now he's eating pizza, planning a trip to Six "
    "Flags and asking his uncle when they can shoot hoops again. 🏀\n\n"
    "#DonateLife",
    [("NAME", "Andre", "*"), ("NAME", "Kobe", "*"), ("DATE", "March 3")],
    note="an employee introduced by his job who is a living donor and the patient's uncle",
)
n(
    "en",
    "staff_spotlight",
    "Take Your Child to Work Day was a hit! 🧒👧 Thirty-two staff kids toured the Simulation "
    "Lab, practiced CPR on 'SimBaby' and met our therapy dog Waffles. Special thanks to "
    "Dr. Okafor's daughter Zara for the best question of the day: 'Do babies know they're "
    "tiny?'",
    "staff members' own children; a mannequin; a therapy dog",
)
p(
    "es",
    "thank_you",
    "'Gracias a la Dra. Fuentes y a todo el equipo por salvar a mi Jacinto.' — Mensaje de su "
    "mamá, Roxana, desde Guadalajara. 🇲🇽💙 ¡Jacinto ya está en casa!",
    [("NAME", "Jacinto", "*"), ("NAME", "Roxana"), ("GEO", "Guadalajara")],
    note="foreign city of the family; the doctor is staff",
)
n(
    "es",
    "campaign_hashtag",
    "🎗️ Septiembre es el Mes de Concientización sobre el Cáncer Infantil. Usa el listón dorado "
    "y comparte con #MagnoliaOro para apoyar a nuestros pacientes y sus familias. 💛",
    "campaign hashtag; awareness month",
)
p(
    "en",
    "patient_story",
    "Jo-Jo took 11 steps!! 🚶‍♀️💜 Our spunky 3-year-old with cerebral palsy walked across the "
    "PT gym in her new walker today while her twin brother Ezra cheered her on. 👏\n\n"
    "Her physical therapist, Ms. Rena, says Jo-Jo has been working toward this for 18 months. "
    "Next goal: walking into her pre-K classroom on the first day of school. 🎒\n\n"
    "#JoJoOnTheMove",
    [("NAME", "Jo-Jo", "*"), ("NAME", "Ezra"), ("NAME", "#JoJoOnTheMove")],
    note="hyphenated nickname at the start; sibling",
)
n(
    "en",
    "eponymous_condition",
    "Did you know? Bell's palsy can happen in kids too – sudden weakness on one side of the "
    "face. Most children recover fully within weeks. If you notice facial drooping, get "
    "checked right away to rule out stroke. 🧠",
    "eponymous condition",
)
p(
    "en",
    "pasted_record",
    "Trauma comms hold – do not release. MVC on Hwy 17 near Darien 6/12, 2 peds transported: "
    "Aubree Sims (7) and Colton Sims (4). Family vehicle: silver Honda Odyssey, GA plate "
    "RKT 4471. Grandmother (Linda Sims) en route, 912-555-3345.",
    [
        ("GEO", "Hwy 17"),
        ("GEO", "Darien"),
        ("DATE", "6/12"),
        ("NAME", "Aubree Sims"),
        ("NAME", "Colton Sims"),
        ("VEHICLE", "RKT 4471"),
        ("NAME", "Linda Sims"),
        ("PHONE", "912-555-3345"),
    ],
    note="road and town of the crash, injury date, plate, grandmother's phone",
)
n(
    "en",
    "crisis_update",
    "Traffic alert 🚗 A crash on Hwy 17 has closed the southbound lanes near our main entrance. "
    "Patients and visitors: please use the Marsh Hen Lane entrance until further notice.",
    "road closure with no patient tied to it",
)
p(
    "es",
    "birth_announcement",
    "¡Nació Sky Valentina! 💙 Llegó el 14 de febrero a las 2:14 p. m. ¡Qué regalo de San "
    "Valentín para sus papás, Keila y Adrián! 🌹",
    [
        ("NAME", "Sky Valentina"),
        ("DATE", "14 de febrero"),
        ("DATE", "San Valentín"),
        ("NAME", "Keila"),
        ("NAME", "Adrián"),
    ],
    note="date and holiday name the same birth day",
)
n(
    "es",
    "health_tip",
    "🍼 ¿Tu bebé estuvo en la UCIN? Es normal sentir miedo al llegar a casa.\n\n"
    "Te recomendamos:\n"
    "✅ Tener a mano el número de tu pediatra\n"
    "✅ Conocer las señales de alarma: fiebre, dificultad para respirar, poco apetito\n"
    "✅ Pedir ayuda: nuestra Línea de Apoyo para Familias de la UCIN está disponible 24/7 al "
    "912-555-0134\n\n"
    "¡No estás sola! 💕",
    "tip; hospital phone",
)
p(
    "en",
    "discharge",
    "Grandpa Walt has been waiting 112 days to buckle that car seat, and today he finally got "
    "to. 🚗💙 Congrats on bringing your grandson home, Walt!",
    [("NAME", "Walt", "*")],
    note="only the grandfather is named",
)
n(
    "en",
    "event",
    "Join us for our 'Tiny Heroes' NICU Family Photo Day on Saturday, Feb. 8! 📷 Free "
    "professional portraits for current NICU families, 9 a.m.–3 p.m. in the Azalea Room. Sign "
    "up at the NICU front desk.",
    "event; 'Photo' is an event name, not an attached photo",
)
p(
    "en",
    "patient_story",
    "Our friends from a local medical foster home brought Jaylen, Nia and little Crew for their "
    "checkups today – in matching Superman capes. 🦸 Crew, 2, refused to take his off for the "
    "X-ray. Respect. 🫡\n\n"
    "Medical foster parents care for kids who need tube feedings, oxygen or round-the-clock "
    "monitoring. If you've ever thought about fostering, our social work team would love to "
    "talk: 912-555-0100.",
    [("NAME", "Jaylen"), ("NAME", "Nia"), ("NAME", "Crew", "*")],
    note="children living in a care home; ordinary-word name",
)
n(
    "en",
    "public_figure",
    "Celebrating Women's History Month: in 1938, Dr. Mamie Phipps Clark began research on how "
    "children see themselves, research later cited in Brown v. Board of Education. 📚 Her work "
    "still shapes pediatric psychology today. #WomensHistoryMonth",
    "historical figure; a court case name",
)
p(
    "en",
    "thank_you",
    "From Ashton's mom, shared with love 💙\n\n"
    "'Ashton spent 19 days in your PICU last winter after the accident on Old Jesup Road. I "
    "don't remember most of it. I remember that someone always braided my hair when I forgot "
    "to. I remember Nurse Cam bringing Ashton's little brother, Brody, a chocolate milk every "
    "afternoon. Ashton is back in second grade now. We'll never forget you.' — Mallory",
    [
        ("NAME", "Ashton", "*"),
        ("GEO", "Old Jesup Road"),
        ("NAME", "Brody"),
        ("NAME", "Mallory"),
    ],
    note="road of the accident; sibling; the nurse is staff",
)
n(
    "en",
    "statistic",
    "This year, our Child Life team: 🎨 led 4,812 procedure-prep sessions, 🧸 handed out 9,300 "
    "toys, 🎂 threw 214 hospital birthday parties. Kids first, always. #ChildLifeMonth",
    "aggregate",
)
p(
    "es",
    "patient_story",
    "mi bebé kiara cumplió hoy 100 días en la ucin 🥹💗 gracias a las enfermeras del turno de "
    "noche, sobre todo a Lety y a Mari que le cantan 'los pollitos dicen' 🐣 ya casi nos vamos "
    "pa la casa en glennville 🏡",
    [("NAME", "kiara"), ("GEO", "glennville")],
    note="lower-case family comment; '100 días' is a stay, not an age; the nurses are staff",
)
n(
    "es",
    "public_figure",
    "⚾ ¡El pelotero dominicano Johan Pérez nos visitó y firmó pelotas para todos los niños de "
    "pediatría! Gracias, Johan, por batear un jonrón de sonrisas. #MagnoliaDeportes",
    "public figure",
)
p(
    "en",
    "birth_announcement",
    "Welcome, Will! 💙 Born 5/5 at 5:55 a.m. and 5 lb 5 oz – this little guy clearly has a "
    "favorite number. Will we ever see that again? Probably not. 😂 #MagnoliaCoastBabies",
    [("NAME", "Will", 1), ("DATE", "5/5")],
    note="'Will' the name vs 'Will' the modal at the start of a sentence",
    ok=("Will",),
)
n(
    "en",
    "sponsor",
    "Thank you to the Brooks & Sawyer Law Firm for sponsoring this year's NICU Reunion! 🎈 "
    "Their gift covers lunch, face painting and a keepsake book for every family. "
    "#CommunityPartners",
    "sponsor firm whose name looks like children's names",
)

# ---------------------------------------------------------------- batch 5

p(
    "en",
    "birth_announcement",
    "Born on the 4th at 4:44 a.m. and 4 lb 4 oz 🤯 Welcome to the world, Quinn! Your NICU nurses "
    "have already bought you a lottery ticket. 🍀",
    [("DATE", "4th"), ("NAME", "Quinn")],
    note="day-of-month only ('the 4th'), article outside the span",
)
n(
    "en",
    "staff_spotlight",
    "Happy retirement, Miss Bernice! 🎉 After 41 years as a NICU nurse, Bernice Odom has rocked "
    "an estimated 9,000 babies. She says the secret is 'a slow sway and a little Al Green.' 🎶\n\n"
    "Bernice started here in 1984, when our NICU had 12 beds and one ventilator. She trained "
    "three generations of nurses, including two of our current nurse managers.\n\n"
    "Enjoy the porch swing, Miss Bernice. We'll miss you! 💜",
    "retiring staff member; a public figure",
)
p(
    "en",
    "patient_story",
    "Sunny side up 🍳 Our breakfast buddy Sunny (8) makes the rounds with the meal cart every "
    "morning on 5 West, asking every nurse 'how'd you sleep?' Sunny, you're the best part of "
    "our day. ☀️\n\n"
    "Sunny has been with us since the start of the school year while his team works on getting "
    "his kidneys back on track. His teacher sends homework every Friday; he sends back "
    "jokes. 📚",
    [("NAME", "Sunny", 2), ("NAME", "Sunny", 3), ("NAME", "Sunny", 4)],
    note="the first 'Sunny' is the egg phrase, the others are the patient",
    ok=("Sunny",),
)
n(
    "en",
    "health_tip",
    "Sunny days ahead ☀️ Tips for newborns in the Georgia heat:\n"
    "• Keep babies under 6 months out of direct sun\n"
    "• Dress them in light, loose layers\n"
    "• Offer breast milk or formula more often – no water for babies under 6 months!\n"
    "Questions? Call our newborn warm line: 912-555-0188.",
    "'Sunny' is an adjective here; hospital phone",
)
p(
    "es",
    "thank_you",
    "💙 Un agradecimiento especial de la familia Benítez:\n\n"
    "'Cuando nuestro hijo Noé nació el Día de Acción de Gracias con solo 26 semanas, no sabíamos "
    "si íbamos a tener algo que agradecer. Hoy, un año después, Noé come puré de camote y se ríe "
    "de todo. Gracias a las enfermeras del turno de noche y a la doctora Ramos. Con cariño, "
    "Elvira y Samuel.'\n\n"
    "¡Gracias a ustedes por confiar en nosotros! 🦃",
    [
        ("NAME", "Benítez"),
        ("NAME", "Noé", "*"),
        ("DATE", "Día de Acción de Gracias"),
        ("NAME", "Elvira"),
        ("NAME", "Samuel"),
    ],
    note="holiday birth date; the doctor is staff",
)
n(
    "es",
    "event",
    "🎄 ¡Posada navideña en pediatría! Jueves 18 de diciembre, 4 p. m., en la sala de juegos del "
    "5.º piso. Habrá piñata, ponche y villancicos. ¡Familias bienvenidas! #NavidadMagnolia",
    "hospital event date",
)
p(
    "en",
    "pasted_record",
    "Discharge teaching note for media team – DON'T use: Pt Lux Ferrell, home on apnea monitor "
    "(SN: AM-20417-XJ) and 0.25 L O2. Home address 2214 Live Oak Circle, Jesup 31545. Mom's fax "
    "(work) 912-555-6400.",
    [
        ("NAME", "Lux Ferrell"),
        ("DEVICE", "AM-20417-XJ"),
        ("GEO", "2214 Live Oak Circle"),
        ("GEO", "Jesup"),
        ("GEO", "31545"),
        ("FAX", "912-555-6400"),
    ],
    note="device serial, full home address, a parent's fax number",
)
n(
    "en",
    "eponymous_condition",
    "Wilms tumor is a kidney cancer that mostly affects kids under 5. 💛 The first sign is often "
    "a lump parents feel during bath time. Our pediatric oncology team has a 90%+ cure rate. "
    "#ChildhoodCancerAwareness",
    "eponymous condition; population ages",
)
p(
    "en",
    "discharge",
    "@sawyers_mom_jen we're crying happy tears too!! 🥹 Give Sawyer a high five from the whole "
    "PICU crew and tell him the Lego tower is still standing. 🧱",
    [("OTHER_ID", "@sawyers_mom_jen"), ("NAME", "Sawyer")],
    note="reply to the mother's handle",
)
n(
    "en",
    "public_figure",
    "Georgia First Lady Catherine Wells visited our NICU today to announce $2 million in new "
    "state funding for rural maternal care. 🍑 'Every mother deserves a safe birth, no matter "
    "her ZIP code.' 💙\n\n"
    "The funding will add telehealth prenatal visits for moms in 11 rural counties and a second "
    "neonatal transport ambulance. Thank you to the NICU families who shared their stories "
    "with the First Lady.",
    "public figure; no patient",
)
p(
    "en",
    "milestone_birthday",
    "🎂 Happy 10th birthday to our very first ECMO baby, Gideon!\n\n"
    "Ten years ago today – on September 12 – Gideon was born with a hole in his diaphragm and "
    "spent 43 days on ECMO in our NICU. Today he's a fourth-grader in Brunswick who loves "
    "Pokémon, pickles and his little sister, Nora.\n\n"
    "His mom, Lauren, sent us this photo from his party. Happy birthday, buddy! 🎉",
    [
        ("NAME", "Gideon", "*"),
        ("DATE", "September 12"),
        ("GEO", "Brunswick"),
        ("NAME", "Nora"),
        ("NAME", "Lauren"),
        ("PHOTO", "photo"),
    ],
    note="birth date, home town, attached photo of the patient",
)
n(
    "en",
    "anonymous_story",
    "One of our NICU graduates just started kindergarten. 🎒 His mom sent us a picture of him on "
    "the first day, holding a sign that said 'I was 2 pounds.' We won't share it, but we will "
    "share this: WOW. 💙",
    "anonymous; the picture is not shared",
)
p(
    "es",
    "discharge",
    "🏡 Hoy se fue a casa Rey Alejandro, nuestro pequeño rey de 1 libra y 11 onzas. ¡Gracias, "
    "mamá Yesica, por dejarnos ser parte de su historia! 👑\n\n"
    "Rey Alejandro pasó 97 días en la UCIN y hoy salió con su corona de papel, su certificado "
    "de graduación y un mameluco que decía 'El jefe de la casa'. 😂\n\n"
    "#UCINMagnolia",
    [("NAME", "Rey Alejandro", "*"), ("NAME", "Yesica")],
    note="'Rey' the name vs 'rey' the noun",
)
n(
    "es",
    "anonymous_story",
    "💜 17 de noviembre: Día Mundial del Prematuro.\n\n"
    "En nuestra UCIN nacen cada año más de 1.100 bebés prematuros. Detrás de cada uno hay una "
    "mamá que aprendió a leer monitores, un papá que cantó a través de una incubadora y unos "
    "abuelos que rezaron en la sala de espera.\n\n"
    "Hoy los celebramos a todos. #DíaMundialDelPrematuro",
    "awareness day; anonymous families",
)
p(
    "en",
    "patient_story",
    "Welcome back, Sarge! 💙 Our security officer Tamika Bell ('Sarge' to everyone in the lobby) "
    "is back after 3 weeks as OUR patient following an emergency C-section on January 9 – and "
    "she brought backup: baby Josiah! Nobody does pep talks like you, Tamika.",
    [
        ("NAME", "Sarge", "*"),
        ("NAME", "Tamika Bell"),
        ("NAME", "Tamika", 2),
        ("DATE", "January 9"),
        ("NAME", "Josiah"),
    ],
    note="employee who became a patient; her title-like nickname is used as her name",
)
n(
    "en",
    "staff_spotlight",
    "Meet Sgt. First Class (Ret.) Dwayne Porter, our new Patient Experience Director! 🎖️ After "
    "22 years in the Army, Dwayne says nothing prepared him for the cuteness of Mother-Baby "
    "rounds. 😄\n\n"
    "Dwayne's first project: making sure every family gets a call within 48 hours of going "
    "home, and that our wayfinding signs finally make sense in English AND Spanish.\n\n"
    "Welcome aboard, Dwayne! #MeetTheTeam",
    "staff member with a military title",
)
p(
    "en",
    "birth_announcement",
    "royal baby alert 👑 welcome princess Royal Amani Fletcher, born 8/21 at 9:09pm 💜 big bro "
    "King is NOT impressed yet lol",
    [("NAME", "Royal Amani Fletcher"), ("DATE", "8/21"), ("NAME", "King")],
    note="'royal' the adjective vs 'Royal' the name; sibling named King",
)
n(
    "en",
    "campaign_hashtag",
    "Every baby is royalty here. 👑 Share your Magnolia birth story with #BornAtMagnolia – we "
    "read every single one. 💜",
    "campaign hashtag",
)
p(
    "en",
    "thank_you",
    "A note from Great-Grandpa Ellis 💌\n\n"
    "'I am 94 years old and I have never seen such kind people. Thank you for taking care of my "
    "great-granddaughter Raelynn and for letting an old man hold her, even with my shaky hands. "
    "God bless every one of you. — Ellis Whitaker, Hazlehurst'\n\n"
    "Thank YOU, Mr. Whitaker. You're welcome back anytime. 💙",
    [
        ("NAME", "Ellis Whitaker"),
        ("NAME", "Ellis", "*"),
        ("AGE", "94"),
        ("NAME", "Raelynn"),
        ("NAME", "Whitaker", 2),
        ("GEO", "Hazlehurst"),
    ],
    note="a relative's age over 89 and town; 'Great-Grandpa' and 'Mr.' outside the spans",
)
n(
    "en",
    "public_figure",
    "On this day in 1978, Louise Brown, the world's first 'test-tube baby,' was born in England. "
    "🧪 Today our Reproductive Endocrinology team helps hundreds of families a year through IVF. "
    "#IVFAwareness",
    "public figure; her date is not labelled",
)
p(
    "es",
    "pasted_record",
    "Datos para la tarjeta de cumpleaños (NO publicar): paciente Celestino 'Tino' Aguilar, exp. "
    "5530-0912, cumple 7 años el 20 de enero, hab. 508B. Mamá: Norma Aguilar, "
    "norma.aguilar.r@gmail.com.",
    [
        ("NAME", "Celestino 'Tino' Aguilar"),
        ("MRN", "5530-0912"),
        ("DATE", "20 de enero"),
        ("OTHER_ID", "hab. 508B"),
        ("NAME", "Norma Aguilar"),
        ("EMAIL", "norma.aguilar.r@gmail.com"),
    ],
    note="name with quoted nickname is one span; 'exp.' (expediente) is the record number",
)
n(
    "es",
    "research",
    "🔬 ¡Buenas noticias! Nuestro estudio sobre lactancia en madres hispanas de la costa de "
    "Georgia fue publicado esta semana. El 82% de las participantes siguió amamantando a los 6 "
    "meses con apoyo de consultoras bilingües. Más información: "
    "magnoliacoastkids.org/investigacion",
    "research; hospital domain",
)
p(
    "en",
    "patient_story",
    "Tiny hands, big news: Baby Ivy opened her eyes for the first time today in bed 7! 👀💚 Her "
    "parents caught it on video. We're not crying. (We're crying.)",
    [("NAME", "Ivy"), ("OTHER_ID", "bed 7")],
    note="the parents' video is not attached, so no PHOTO",
)
n(
    "en",
    "event",
    "Mark your calendars: free Infant CPR class, Tuesday, March 11, 6–8 p.m., Azalea Room. "
    "Perfect for new parents, grandparents and babysitters. 🫀\n\n"
    "You'll practice on infant manikins and learn what to do if a baby is choking. Classes are "
    "taught by our NICU nurses and are also offered in Spanish every other month.\n\n"
    "Register: 912-555-0156.",
    "class date; hospital phone",
)
p(
    "en",
    "discharge",
    "Best Christmas gift ever: Elijah is going home on Christmas Eve! 🎄 After 5 months in our "
    "NICU, our little elf will spend his first Christmas at home in Statesboro with his big "
    "sisters Gracie and Ava. 🎁\n\n"
    "Elijah was born at 25 weeks and spent his first months fighting chronic lung disease. His "
    "primary nurses decorated his car seat with a tiny Santa hat and a note: 'Do not return "
    "until you're 18.' 😂\n\n"
    "Merry Christmas, Elijah!",
    [
        ("NAME", "Elijah", "*"),
        ("DATE", "Christmas Eve"),
        ("GEO", "Statesboro"),
        ("NAME", "Gracie"),
        ("NAME", "Ava"),
    ],
    note="the discharge day is Christmas Eve; the other 'Christmas' mentions are the season",
)
n(
    "en",
    "staff_spotlight",
    "Meet Gabriel, our NICU music therapist 🎶\n\n"
    "Gabriel uses live guitar and an ocean drum to help preemies calm, breathe and sleep. He "
    "also writes personalized lullabies with parents, using their baby's heartbeat as the "
    "rhythm.\n\n"
    "'Music is the first language,' he says. Thank you, Gabriel! #MusicTherapy",
    "staff spotlight",
)
p(
    "es",
    "birth_announcement",
    "🌻 ¡Bienvenida, Girasol! 🌻\n\n"
    "Sí, así se llama: Girasol Ximena López, nacida el 21 de junio, el día más largo del año. "
    "Sus papás, Maite y Rubén, viven en Vidalia, donde cultivan cebollas, y dicen que no había "
    "otro nombre posible.\n\n"
    "¡Felicidades! #BebésMagnolia",
    [
        ("NAME", "Girasol Ximena López"),
        ("NAME", "Girasol", "*"),
        ("DATE", "21 de junio"),
        ("NAME", "Maite"),
        ("NAME", "Rubén"),
        ("GEO", "Vidalia"),
    ],
    note="ordinary-word name (sunflower); 'el día más largo del año' is a description, not a named day",
)
n(
    "es",
    "hospital_contact",
    "📞 ¿Necesitas un intérprete? Todos nuestros servicios están disponibles en español sin "
    "costo. Llama al 912-555-0100 y marca 2, o pide un intérprete al llegar a 2200 Tidewater "
    "Parkway.",
    "hospital phone and address",
)
p(
    "en",
    "thank_you",
    "To whoever left a teddy bear and a note for 'Baby Boy in Bed 19' — his mom found it this "
    "morning and cried. Thank you, stranger. 🧸💙",
    [("OTHER_ID", "Bed 19")],
    note="no name, but the bed number identifies the patient",
)
n(
    "en",
    "statistic",
    "Our Birth Center by the numbers this year: 4,318 babies 👶 • 96 sets of twins 👯 • 3 sets "
    "of triplets • 1 set of quadruplets (!!) • 612 water births 💧 • 100% cuddled.",
    "aggregate",
)
p(
    "en",
    "patient_story",
    "NICU Reunion recap 🎈\n\n"
    "Over 300 NICU grads and their families came back this weekend! A few highlights:\n"
    "👟 Zion, 6, raced our charge nurse and won\n"
    "🎂 The Delacroix triplets turned 3 the same day\n"
    "🐶 Biscuit got 500 belly rubs\n"
    "💙 Grandma Odette, 92, held the youngest grad, her 9-month-old grandson Jules\n\n"
    "Thank you for coming home to us.",
    [
        ("NAME", "Zion"),
        ("NAME", "Delacroix"),
        ("NAME", "Odette"),
        ("AGE", "92"),
        ("NAME", "Jules"),
    ],
    note="reunion recap mixing a dog with named grads; a grandmother's age over 89",
)
n(
    "en",
    "recruitment",
    "Now hiring: Bilingual (English/Spanish) Patient Navigator for our Birth Center 🤝 Help "
    "families get from prenatal visit to postpartum check-up without missing a beat. Apply at "
    "mcwch.org/jobs.",
    "recruitment",
)
p(
    "es",
    "thank_you",
    "@la_familia_ocampo ¡Gracias por los tamales para todo el turno de noche! 🫔 Nos alegra "
    "mucho que Dylan ya esté en casa. ¡Un abrazo a la abuela Queta!",
    [("OTHER_ID", "@la_familia_ocampo"), ("NAME", "Dylan"), ("NAME", "Queta")],
    note="reply to the family's handle; grandmother's nickname",
)
n(
    "es",
    "eponymous_condition",
    "🧠 El síndrome de Tourette no es 'mala conducta'. Los tics son involuntarios. Si tu hijo "
    "tiene tics que no se quitan, consulta a nuestro equipo de Neurología Pediátrica: "
    "912-555-0100.",
    "eponymous condition",
)
p(
    "en",
    "memorial",
    "Forever 17 days. 🕊️ Today would have been Jaxon's first birthday. His mom Brittany asked us "
    "to share: 'Say his name.' Jaxon. Jaxon. Jaxon. 💙",
    [("NAME", "Jaxon", "*"), ("NAME", "Brittany")],
    note="repeated name; no date written",
)
n(
    "en",
    "eponymous_condition",
    "Understanding Turner syndrome 💜\n\n"
    "Turner syndrome affects about 1 in 2,500 girls and can cause short stature, heart "
    "differences and delayed puberty. Many girls aren't diagnosed until school age. Our "
    "Pediatric Endocrinology team offers growth hormone therapy and lifelong support.\n\n"
    "Learn more: magnoliacoastkids.org/endocrinology",
    "eponymous condition",
)
p(
    "en",
    "pasted_record",
    "whoever is doing the 'baby boom' post, twins in 2104/2105 are the Mercer girls (Harper & "
    "Hazel), parents OK w/ first names only",
    [("OTHER_ID", "2104/2105"), ("NAME", "Mercer"), ("NAME", "Harper"), ("NAME", "Hazel")],
    note="room numbers without a keyword",
)
n(
    "en",
    "event",
    "🎃 Trick-or-treat on the pediatric floors is Oct 31, 3–5 p.m.! Staff departments will "
    "decorate their doors and our patients will vote for the spookiest. Costume donations "
    "welcome at 415 Oyster Shell Road.",
    "hospital event; hospital address",
)
p(
    "es",
    "patient_story",
    "¡Estrella ya respira sola! ⭐ Después de 6 semanas con ventilador, hoy le quitaron el tubo. "
    "Sus papás lloraron, y nosotras también. 💕 #FuerzaEstrella",
    [("NAME", "Estrella"), ("NAME", "#FuerzaEstrella")],
    note="ordinary-word name (star)",
)
n(
    "es",
    "staff_spotlight",
    "🌟 Nuestra enfermera Estrella Domínguez recibió el premio DAISY por su compasión con las "
    "familias de la UCIN. ¡Felicidades, Estrella! Te lo mereces. 💜 #DAISYAward",
    "staff member sharing a patient's name",
)
p(
    "en",
    "discharge",
    "hope is going home today 🥹 (the baby, not the feeling – though also the feeling) 113 days, "
    "one very proud big brother named Cash. #NICUgrad",
    [("NAME", "hope"), ("NAME", "Cash")],
    note="lower-case name that is an ordinary word; sibling named Cash",
)
n(
    "en",
    "anonymous_story",
    "Hope looks like a 1 lb baby grabbing her mom's finger for the first time. 💜 (Shared with "
    "permission, no names – just the moment.) #NICUAwarenessMonth",
    "'Hope' is the noun; anonymous",
)
p(
    "en",
    "milestone_birthday",
    "Our newest centenarian… is a great-grandma! 🎉 Dorothea turned 100 on April 2 and "
    "celebrated in our Mother-Baby unit, meeting her 33rd great-grandchild, baby Eloise, born "
    "the day before. 💐\n\n"
    "Dorothea held Eloise for a full hour and told our nurses she plans to be at her high "
    "school graduation. We believe her. 💜",
    [
        ("AGE", "centenarian"),
        ("NAME", "Dorothea", "*"),
        ("AGE", "100"),
        ("DATE", "April 2"),
        ("NAME", "Eloise", "*"),
    ],
    note="a relative's age over 89 (word and number) and birthday",
)
n(
    "en",
    "public_figure",
    "Olympic swimmer Maya Torres, a Bellhaven native, donated her gold-medal swim cap to our "
    "Pediatric Rehab pool today. 🏊‍♀️🥇 'I learned to swim in this town,' she said. Thank you, "
    "Maya!",
    "public figure and her home town",
)
p(
    "en",
    "patient_story",
    "Room 5-120 has officially been decorated by #TeamMaverick 🛩️ Top Gun posters, a cardboard "
    "jet and a sign that says 'Talk to me, Goose.' Maverick, 8, starts round 3 tomorrow. We're "
    "your wingmen, buddy. ✈️\n\n"
    "Want to send Maverick a card? Mail it c/o Child Life, 2200 Tidewater Parkway, Bellhaven, "
    "GA 31428, and our team will deliver it to his room.",
    [("OTHER_ID", "Room 5-120"), ("NAME", "#TeamMaverick"), ("NAME", "Maverick", "*")],
    note="name that is also a film character; 'Goose' is a film quote; the hospital's mailing address is not labelled",
)
n(
    "en",
    "campaign_hashtag",
    "#GoGold for kids with cancer! 💛 Throughout September, every gold ribbon you buy at our "
    "gift shop ($2) supports the Child Life program on 5 West. Thank you for standing with our "
    "families.",
    "campaign hashtag",
)
p(
    "en",
    "thank_you",
    "A thank-you from the Castellanos-Reid family 💙\n\n"
    "'To the NICU team: thank you for teaching us how to be parents in the hardest possible "
    "place. Special thanks to Nurse Imani, who stayed late the night of the transfusion, and to "
    "Dr. Sato for always calling us back. Our boy is home, and we're a family because of you. "
    "— Danny & Priya'",
    [("NAME", "Castellanos-Reid"), ("NAME", "Danny"), ("NAME", "Priya")],
    note="parents only; staff names not labelled",
)
n(
    "en",
    "health_tip",
    "Newborn jaundice: yellow skin or eyes in the first week is common, but call your "
    "pediatrician if baby is very sleepy, not feeding well, or the yellow spreads to the belly "
    "or legs. 👶💛",
    "tip",
)
p(
    "es",
    "birth_announcement",
    "¡Doble bendición! 👶👶 Llegaron los gemelos Benjamín y Bendición el 8 de diciembre, Día de "
    "la Inmaculada. Mamá Lizbeth dice que ya tiene nombre para el próximo: 'Basta.' 😂",
    [
        ("NAME", "Benjamín"),
        ("NAME", "Bendición"),
        ("DATE", "8 de diciembre"),
        ("DATE", "Día de la Inmaculada"),
        ("NAME", "Lizbeth"),
    ],
    note="'bendición' noun vs 'Bendición' name; date and feast day name the same birth day; 'Basta' is a joke",
)
n(
    "es",
    "health_tip",
    "🚗 Silla de auto: el bebé debe ir mirando hacia atrás hasta por lo menos los 2 años. "
    "¿Dudas? Revisamos tu silla gratis el primer miércoles de cada mes. Llama al 912-555-0156.",
    "tip; hospital phone",
)

# ---------------------------------------------------------------- batch 6

p(
    "en",
    "birth_announcement",
    "QUADS!!! 🍀🍀🍀🍀 Meet Ace, Jack, Queenie & Kingsley, born at 30 weeks on St. Patrick's Day. "
    "Dad is a blackjack dealer – you can't make this up. 🃏",
    [
        ("NAME", "Ace"),
        ("NAME", "Jack"),
        ("NAME", "Queenie"),
        ("NAME", "Kingsley"),
        ("DATE", "St. Patrick's Day"),
    ],
    note="quadruplets with card names; holiday birth date",
)
n(
    "en",
    "staff_spotlight",
    "Meet our NICU 'cuddler' volunteers! 🤗 Twelve retirees, including 91-year-old Dot Haskins, "
    "our longest-serving cuddler, rock and sing to babies whose parents can't be here around "
    "the clock.\n\n"
    "Cuddlers complete 8 hours of training, a background check and a flu shot, and they never "
    "share anything about the babies they hold. 'It's the best shift of my week,' says Dot.\n\n"
    "Interested? Call 912-555-0163.",
    "a volunteer's age over 89 is not labelled",
)
p(
    "en",
    "patient_story",
    "Mr. C is 0 for 3 against our PT team in arm-wrestling but 3 for 3 in cheesy jokes. 😂 Keep "
    "'em coming, Mr. C. Round 4 is Friday.",
    [("NAME", "C", "*")],
    note="a single initial as the patient's name; 'Mr.' outside the span",
)
n(
    "en",
    "health_tip",
    "RSV season is here 🦠 Babies born before 29 weeks or with heart or lung conditions may "
    "qualify for a preventive antibody shot. Ask your pediatrician or call our NICU follow-up "
    "clinic: 912-555-0134.",
    "tip; hospital phone",
)
p(
    "en",
    "thank_you",
    "Dear NICU,\n\n"
    "Two years ago on Mother's Day, I became a mom to Harlow at 24 weeks. I spent that Mother's "
    "Day pumping in a hospital chair and sobbing. Today, Harlow picked me dandelions in our "
    "backyard in Port Wentworth and told me 'Happy Mudder's Day.'\n\n"
    "Thank you for giving me this one. — Cassidy 🌼",
    [
        ("DATE", "Mother's Day", "*"),
        ("NAME", "Harlow", "*"),
        ("GEO", "Port Wentworth"),
        ("NAME", "Cassidy"),
    ],
    note="both 'Mother's Day' mentions are the birth day; 'Mudder's Day' is today's greeting",
)
n(
    "en",
    "event",
    "Happy Mother's Day to every mom in our NICU, on our Mother-Baby unit, and watching from "
    "heaven. 💐 Moms visiting today: free carnations at the NICU front desk.",
    "holiday greeting, not a patient's event",
)
p(
    "es",
    "milestone_birthday",
    "🎂 ¡Hoy cumple 3 años nuestra graduada de la UCIN Itzayana! Nació el 9 de mayo con 1 libra y "
    "6 onzas. Mírala ahora, ¡toda una princesa en su vestido de Encanto! 💃\n\n"
    "Itzayana pasó 4 meses en nuestra UCIN. Hoy baila, canta y, según su mamá, 'no se calla ni "
    "un minuto'. 😂\n\n"
    "Foto compartida por su mamá.",
    [("NAME", "Itzayana", "*"), ("DATE", "9 de mayo"), ("PHOTO", "Foto")],
    note="birth date; attached photo of the patient; 'Encanto' is a film",
)
n(
    "es",
    "public_figure",
    "🎬 ¡El elenco de 'Encanto: En Vivo' visitó a los niños de pediatría y cantó 'No se habla de "
    "Bruno'! Gracias por tanta alegría. 🦋 #MagnoliaSonríe",
    "performers; Bruno is a song character",
)
p(
    "en",
    "pasted_record",
    "Tweet draft v2 (legal said no last names): 'Welcome to the world, Legend Jr.! Born 6/19 – "
    "Juneteenth – at 7 lb 1 oz. Congrats to proud parents Legend Sr. & Nia!' Dad asked if we "
    "can tag him @legend_brown_sr.",
    [
        ("NAME", "Legend Jr."),
        ("DATE", "6/19"),
        ("DATE", "Juneteenth"),
        ("NAME", "Legend Sr."),
        ("NAME", "Nia"),
        ("OTHER_ID", "@legend_brown_sr"),
    ],
    note="generational suffix kept in the NAME span; date and holiday are the same birth day",
)
n(
    "en",
    "campaign_hashtag",
    "Juneteenth: celebrating freedom, family and the Black midwives and nurses whose legacy "
    "lives in every birth at Magnolia Coast. ✊🏾 #Juneteenth #BlackMaternalHealth",
    "holiday, not a patient's event; campaign hashtags",
)
p(
    "en",
    "discharge",
    "brooks + sawyer + harper are ALL HOME 🏠🏠🏠 (yes the triplets have surname names, yes mom "
    "knows, yes it's adorable) thank u 3 North!!!",
    [("NAME", "brooks"), ("NAME", "sawyer"), ("NAME", "harper")],
    note="lower-case surname-like first names",
)
n(
    "en",
    "anonymous_story",
    "A 7-year-old asked his doctor today if his heart was 'fixed now.' The answer was yes. 💙 "
    "#CHDAwareness",
    "anonymous child",
)
p(
    "en",
    "memorial",
    "🦋 Butterfly Release 2025 🦋\n\n"
    "Yesterday, 48 families released butterflies in memory of babies gone too soon. Among them "
    "were the Abernathy family, who lost their daughter Willa on Easter Sunday last year, and "
    "who organized this year's release.\n\n"
    "Thank you, Jon and Kelsey Abernathy, for giving us a place to remember together. 💜",
    [
        ("NAME", "Kelsey Abernathy"),
        ("NAME", "Abernathy", "*"),
        ("NAME", "Willa"),
        ("DATE", "Easter"),
        ("NAME", "Jon"),
    ],
    note="date of death is a holiday ('Easter', the weekday word outside the span); bare year",
)
n(
    "en",
    "sponsor",
    "Thank you, Savannah Rotary! 🌳 Your $50,000 gift built the new Healing Garden outside our "
    "PICU, with shaded benches, a splash pad and a butterfly walk. It opens to patients and "
    "families on April 22, Earth Day. #CommunityPartners",
    "sponsor; opening date is a hospital event",
)
p(
    "es",
    "patient_story",
    "🏆 ¡Felicidades, Matías! Nuestro paciente de oncología de 12 años ganó el concurso de "
    "dibujo del condado Glynn con un retrato de su enfermera favorita. Su mamá, Consuelo, dice "
    "que ya tiene otro en proceso. 🎨\n\n"
    "Matías dibuja todos los días entre sesiones de quimioterapia y ya llenó tres cuadernos. Su "
    "enfermera Liliana tiene el retrato colgado en la estación de enfermería. ¡Eres un artista, "
    "Matías! 💛",
    [("NAME", "Matías", "*"), ("GEO", "condado Glynn"), ("NAME", "Consuelo")],
    note="county of the child's contest, with 'condado' kept as 'calle' is in 'calle Elm'; mother's name is an ordinary word",
)
n(
    "es",
    "eponymous_condition",
    "💛 ¿Qué es la enfermedad de Crohn?\n\n"
    "Es una inflamación crónica del intestino que puede empezar en la infancia. Señales: dolor "
    "de barriga frecuente, diarrea, pérdida de peso o crecimiento lento.\n\n"
    "Nuestro equipo de Gastroenterología Pediátrica atiende en español en 77 Marsh Hen Lane. "
    "Citas: 912-555-0100.",
    "eponymous condition; hospital clinic and phone",
)
p(
    "en",
    "patient_story",
    "Thank you to everyone who sent cards to @prayers4paisley_ 💌 Her mom says they've covered "
    "every wall of room 3117 and started on the ceiling. #PaisleyPower",
    [
        ("OTHER_ID", "@prayers4paisley_"),
        ("OTHER_ID", "room 3117"),
        ("NAME", "#PaisleyPower"),
    ],
    note="name only in the family handle and a hashtag; room number",
)
n(
    "en",
    "statistic",
    "1 in 4 pregnancies ends in loss. 💜 If you've lost a baby, our Bereavement team is here – "
    "any day, any year. Call 912-555-0156. #PregnancyAndInfantLossAwareness",
    "statistic; hospital phone",
)
p(
    "en",
    "birth_announcement",
    "A Tybee Island baby, born on the way from Tybee Island! 🏝️ Welcome, Marina, who arrived in "
    "the back of Engine 14 on the Lazaretto Creek bridge on 8/3. Mom and baby transferred to us "
    "and are doing great. 🚒💙\n\n"
    "Firefighter-paramedics from Engine 14 stopped by today to meet the baby they delivered. "
    "Marina's mom says the crew now has 'lifetime babysitting privileges.' 😂",
    [
        ("GEO", "Tybee Island", "*"),
        ("NAME", "Marina", "*"),
        ("GEO", "Lazaretto Creek"),
        ("DATE", "8/3"),
    ],
    note="home island and place of birth; the fire engine unit is not labelled",
)
n(
    "en",
    "crisis_update",
    "⚠️ Measles exposure notice ⚠️\n\n"
    "A visitor with measles was in our main lobby and Pediatric ED waiting room on March 4 "
    "between 1 and 5 p.m. If you were there and you or your child are not vaccinated, call our "
    "Infection Prevention hotline at 912-555-0100, option 5.\n\n"
    "Watch for fever, cough, runny nose and rash for 21 days.",
    "public exposure window for an unnamed visitor",
)
p(
    "en",
    "thank_you",
    "A huge thank-you to big brothers Knox and Colt, who gave up their summer to sit in the "
    "NICU family lounge every afternoon so their mom could hold their baby sister. 💙 You two "
    "are our heroes.",
    [("NAME", "Knox"), ("NAME", "Colt")],
    note="only the patient's siblings are named",
)
n(
    "en",
    "staff_spotlight",
    "Meet Dr. Journey Okonkwo! 🩺\n\n"
    "Yes, her first name really is Journey – and her path to becoming our newest pediatric "
    "hospitalist took her from Lagos to Atlanta to Bellhaven. She loves jollof rice, 90s R&B "
    "and teaching med students how to calm a crying toddler.\n\n"
    "Welcome, Dr. Okonkwo! #MeetTheTeam",
    "staff member with an ordinary-word name; her own cities",
)
p(
    "es",
    "pasted_record",
    "Urgente para redes: NO publicar la foto de la cama 3 (bebé Soto). La familia tiene orden de "
    "protección. Contacto de la tía: Marlene Soto, +1 (912) 555-7712.",
    [
        ("OTHER_ID", "cama 3"),
        ("NAME", "Marlene Soto"),
        ("NAME", "Soto", "*"),
        ("PHONE", "+1 (912) 555-7712"),
    ],
    note="the photo is not attached (it must not be posted); aunt's phone",
)
n(
    "es",
    "recruitment",
    "👩🏽‍⚕️ ¿Eres enfermera bilingüe? ¡Te estamos buscando! Plazas en la UCIN y en Labor y Parto, "
    "con bono de $15,000. Aplica en mcwch.org/jobs o llama al 912-555-0100.",
    "recruitment",
)
p(
    "en",
    "discharge",
    "Hunter went home today… and so did Huntress, his twin sister. 😂 (Mom said she couldn't "
    "resist.) 92 days, 2 happy babies, 1 exhausted dad. #TwinGrads",
    [("NAME", "Hunter"), ("NAME", "Huntress")],
    note="'92 days' is a stay, not an age",
)
n(
    "en",
    "event",
    "The Magnolia Coast Children's Foundation Gala is Saturday, Oct. 4, at the Bellhaven Yacht "
    "Club. 🥂 This year's theme: 'Little Lights.' Tickets at give.magnoliacoastkids.org or "
    "912-555-0171.\n\n"
    "Every dollar raised this year goes to our new NICU Family Suites, where parents can sleep "
    "steps from their baby instead of an hour's drive away. Black tie optional; sparkly "
    "encouraged. ✨",
    "foundation event",
)
p(
    "en",
    "patient_story",
    "When Savannah Bananas star Jackson Reed heard that Brooks, 11, had never been to a game, he "
    "brought the game to 5 West. ⚾🍌 Pictured: Brooks teaching Jackson the 'Banana Boogie' from "
    "his hospital bed.\n\n"
    "Brooks has been with us for 6 weeks after a bone-marrow transplant and hasn't been able to "
    "leave his room. Jackson promised him a seat in the dugout when he's cleared. We're holding "
    "you to it, Jackson! 💙",
    [("NAME", "Brooks", "*"), ("PHOTO", "Pictured")],
    note="public figure not labelled; attached photo shows the patient",
)
n(
    "en",
    "public_figure",
    "Georgia native and Grammy winner Ray Calloway recorded a lullaby album for our NICU – every "
    "family goes home with a copy. 🎶 Thank you, Ray!",
    "public figure",
)
p(
    "en",
    "milestone_birthday",
    "Three cheers for 30 years! 🎉 In 1995, Dana Whitley was one of our first NICU babies, born "
    "at 26 weeks on Halloween night. Today she's a NICU nurse… in our NICU. Happy birthday, "
    "Dana! 🎃💜\n\n"
    "Dana says she still has the tiny knit hat her first NICU nurse made for her. That nurse "
    "retired last year, and Dana now wears her old badge number. Full circle. 💜",
    [("NAME", "Dana Whitley"), ("NAME", "Dana", "*"), ("DATE", "Halloween")],
    note="a staff member who was once a patient here; bare year",
)
n(
    "en",
    "staff_spotlight",
    "Shoutout to our Environmental Services team, who cleaned and turned over 1,142 NICU bed "
    "spaces last year. 🧽 Every single one was ready for the next tiny patient within 90 "
    "minutes. 💪\n\n"
    "Special thanks to night-shift lead Ramón Ortiz, who has worked here 27 years and knows "
    "every corner of this building. 'Clean rooms save babies,' he says. He's right. 💙",
    "staff; '90 minutes' is not an age",
)
p(
    "es",
    "thank_you",
    "💙 'Gracias por cuidar a mi esposa Mireya y a nuestra hija Soledad cuando todo se complicó "
    "en el parto el 3 de agosto. Hoy las dos están en casa en Savannah, sanas y salvas.' "
    "— Jorge 🙏",
    [
        ("NAME", "Mireya"),
        ("NAME", "Soledad"),
        ("DATE", "3 de agosto"),
        ("GEO", "Savannah"),
        ("NAME", "Jorge"),
    ],
    note="mother and baby both patients; husband signs",
)
n(
    "es",
    "anonymous_story",
    "Una abuelita tejió 40 cobijitas para la UCIN y no quiso dejar su nombre. 'Solo díganles que "
    "alguien los quiere', nos dijo. 🧶💕",
    "anonymous donor",
)
p(
    "en",
    "pasted_record",
    "⚠️ pls delete from shared drive: intake form scan for Finley Rhodes (DOB 09/04/2024) has "
    "mom's SSN visible – 412-88-1930. Also has their Medicaid # GA88120457 and home addr "
    "19 Pelican Ct, St. Simons Island.",
    [
        ("NAME", "Finley Rhodes"),
        ("DATE", "09/04/2024"),
        ("SSN", "412-88-1930"),
        ("HEALTH_PLAN", "GA88120457"),
        ("GEO", "19 Pelican Ct"),
        ("GEO", "St. Simons Island"),
    ],
    note="a parent's SSN, a plan number and a home address",
)
n(
    "en",
    "health_tip",
    "Twins, triplets or more? 👯 Our Multiples Clinic offers extra ultrasounds, nutrition "
    "counseling and a monthly support group for parents of multiples. Next meeting: Thursday, "
    "7 p.m., Azalea Room. Call 912-555-0156.",
    "tip; hospital phone",
)
p(
    "en",
    "patient_story",
    "@OfficialGrandmaJo 93 and still the fastest knitter on the coast! 🧶 Thank you for the hats "
    "– your great-grandson Beckham wore his home today. 💙",
    [("OTHER_ID", "@OfficialGrandmaJo"), ("AGE", "93"), ("NAME", "Beckham")],
    note="reply to a great-grandmother's handle; her age over 89",
)
n(
    "en",
    "eponymous_condition",
    "Cushing's syndrome is rare in kids, but weight gain with slowed growth can be a clue. 📏 "
    "Our Pediatric Endocrinology clinic can help sort it out. Referrals: 912-555-0100.",
    "eponymous condition",
)
p(
    "en",
    "birth_announcement",
    "🌈🌈 Double rainbow! 🌈🌈\n\n"
    "After three years of trying and two losses, Jasmine and Teo welcomed rainbow twins Skye "
    "and Sol on Saturday morning. Skye came first at 4 lb 9 oz; Sol followed 12 minutes later "
    "at 4 lb 14 oz.\n\n"
    "'We used to chase rainbows,' Jasmine told us. 'Now we have two.' 💜",
    [
        ("NAME", "Jasmine", "*"),
        ("NAME", "Teo"),
        ("NAME", "Skye", "*"),
        ("NAME", "Sol", "*"),
    ],
    note="weekday only, no date; ordinary-word names",
)
n(
    "en",
    "research",
    "📊 New NICU quality results: our rate of severe brain bleeds in babies born under 28 weeks "
    "fell from 9% to 4% over three years, after we adopted a 'golden hour' bundle for the first "
    "60 minutes of life. Thank you to every nurse, RT and neonatologist who made it happen. Full "
    "report: magnoliacoastkids.org/quality",
    "quality data; hospital domain",
)
p(
    "es",
    "discharge",
    "🎉 ¡Por fin en casa! 🎉\n\n"
    "Después de 4 meses en la UCIN, Santino regresó a su hogar en Ludowici el pasado 2 de marzo. "
    "Sus hermanitas, Aitana y Julieta, le hicieron un cartel enorme que decía 'BIENVENIDO "
    "SANTI'.\n\n"
    "¡Gracias a la familia Quiroga por dejarnos compartir este momento! 💙",
    [
        ("NAME", "Santino"),
        ("GEO", "Ludowici"),
        ("DATE", "2 de marzo"),
        ("NAME", "Aitana"),
        ("NAME", "Julieta"),
        ("NAME", "SANTI"),
        ("NAME", "Quiroga"),
    ],
    note="discharge date; all-caps nickname on a sign; sisters",
)
n(
    "es",
    "hospital_contact",
    "📱 ¡Síguenos en Instagram! @MagnoliaCoastKids y @MagnoliaCoastNICU ahora publican en "
    "español los martes. 💜",
    "hospital handles",
)
p(
    "en",
    "thank_you",
    "Y'all took such good care of my KING 👑 (that's his real name lol). King Jr. is 1 today and "
    "running the house. Love, Mama Tasha 💙",
    [("NAME", "KING"), ("NAME", "King Jr."), ("NAME", "Tasha")],
    note="all-caps name that reads as a word; 'Mama' outside the span",
)
n(
    "en",
    "staff_spotlight",
    "Big congrats to our lactation team lead, Sunny Patel, IBCLC, named Georgia Lactation "
    "Consultant of the Year! ☀️🍼 #IBCLC",
    "staff member named Sunny",
)
p(
    "en",
    "pasted_record",
    "FYI from IT: the family blog linked in the NICU newsletter (www.babyjuniperjourney.com) has "
    "been posting Juniper's room number. Login came from dad's home IP 73.142.18.206 so it's "
    "them, not a hacker. Pls remove the link.",
    [
        ("URL", "www.babyjuniperjourney.com"),
        ("NAME", "Juniper"),
        ("IP", "73.142.18.206"),
    ],
    note="family URL and the father's IP address; the room number itself is not written",
)
n(
    "en",
    "event",
    "Tuesday is Therapy Dog Tuesday! 🐕 This week: Biscuit (4 East), Waffles (5 West) and new "
    "recruit River (PICU). Please wash hands before and after petting. 🐾",
    "therapy dogs, one named River",
)
p(
    "en",
    "patient_story",
    "Four generations of Magnolia babies! 👶\n\n"
    "Great-Grandma Lorraine was born here in 1961. Grandma Denise was born here in 1984. Mom "
    "Alexis was born here in 2001. And this morning, baby Gemma made it four! 💕\n\n"
    "The family drove in from Reidsville to celebrate. #MagnoliaBorn",
    [
        ("NAME", "Lorraine"),
        ("NAME", "Denise"),
        ("NAME", "Alexis"),
        ("NAME", "Gemma"),
        ("GEO", "Reidsville"),
    ],
    note="bare birth years are not labelled; relatives' names and town are",
)
n(
    "en",
    "campaign_hashtag",
    "Born here? Tell us what year! 🎂 Comment below with #MagnoliaBorn – our oldest 'grad' so far "
    "was born in 1958. 💜",
    "campaign hashtag; anonymous bare year",
)
p(
    "es",
    "birth_announcement",
    "✨ ¡Nació Luz del Carmen! ✨ Llegó el 16 de julio, día de la Virgen del Carmen, a las "
    "5:40 a. m. con 7 libras. Sus papás, Alondra y Beto, viven en Claxton y dicen que el nombre "
    "se lo puso la abuela. 🌟\n\n"
    "La abuela, doña Carmen, también nació un 16 de julio. '¡Ya somos dos!', dijo cuando cargó "
    "a su nieta por primera vez. 💕",
    [
        ("NAME", "Luz del Carmen"),
        ("DATE", "16 de julio", "*"),
        ("NAME", "Carmen", 3),
        ("DATE", "día de la Virgen del Carmen"),
        ("NAME", "Alondra"),
        ("NAME", "Beto"),
        ("GEO", "Claxton"),
    ],
    note="the name repeats part of the feast-day name; date and feast day are the same birth day; the grandmother's birthday is a relative's date; 'Carmen' occurs inside two other spans",
)
n(
    "es",
    "health_tip",
    "🦟 Temporada de mosquitos: usa repelente aprobado para niños mayores de 2 meses y cubre la "
    "carriola del bebé con un mosquitero. ¿Preguntas? 912-555-0188.",
    "tip; hospital phone",
)
p(
    "en",
    "discharge",
    "After 64 days, #AtlasAndAurora are HOME! 🏠 The twins say thanks to every NICU nurse who "
    "learned to tell them apart by their hats (blue = Atlas, pink = Aurora). 💙💗",
    [("NAME", "#AtlasAndAurora"), ("NAME", "Atlas"), ("NAME", "Aurora")],
    note="names in a hashtag and again in text",
)
n(
    "en",
    "hospital_contact",
    "Having a baby with us soon? 🤰 Here's what to know:\n\n"
    "🏥 Birth Center entrance: 2200 Tidewater Parkway, Entrance C (open 24/7)\n"
    "📞 L&D triage: 912-555-0156\n"
    "🍼 Lactation warm line: 912-555-0188\n"
    "💻 Pre-register: magnoliacoastkids.org/birth\n\n"
    "We can't wait to meet your little one! 💜",
    "hospital contacts",
)

if __name__ == "__main__":
    S.main("phi_dev10_source")
