"""Blind development set d20 for the PHI scanner: tests/data/phi_dev20.jsonl.

Organisation: the fictional Rouge River Health, a community hospital in Dearborn,
Michigan (main campus on Michigan Avenue, a Southwest Detroit clinic on West Vernor
Highway and a Downriver Clinic in Lincoln Park; see phi_dev20_org.json). It serves
a large Arab American community (Lebanese, Yemeni, Iraqi and Chaldean families),
Detroit neighbourhoods and the Downriver suburbs, auto-plant workers and retirees.

Focus of the set: Arabic names in several transliterations and family-naming
forms (Abu X, Umm X, bint, ibn/al-), first names that are ordinary words (Nour,
Amal, Hope, Faith, Sabr, Esperanza), Michigan towns that look like people (Taylor,
Allen Park, Lincoln Park, Wayne, Romulus, Grosse Ile), Arabic words in Latin letters
(habibi, mashallah, inshallah) that are not names, Ramadan / Eid / Laylat al-Qadr /
Christmas / Día de Muertos dates as patient dates vs. hospital schedule dates,
auto-plant injuries, Lions / Tigers / Red Wings visits, winter storms, staff who
are patients, volunteers and retired physicians over 89 who are not patients,
pasted census lines, billing notes and portal logs, X-style short posts and long
Facebook stories. Language mix: 210 English, 30 Spanish (Southwest Detroit).

Labelling decisions of this set (where the rules leave room):
- Honorifics and kinship words are not part of NAME spans: Hajj, Hajja, Sayyid,
  Imam, Sitto, Jiddo, Mama (before a name), Auntie, Team ("Team Amal"), don, doña,
  Sr., Sra. The generational suffix "Jr." is not part of the span ("Ali Jr." ->
  "Ali").
- A kunya (Abu Ali, Umm Hassan, Abu Jihad, Umm Zainab) used as the name of a
  patient or a patient's relative is ONE NAME span including "Abu"/"Umm". A full
  nasab name ("Hanan bint Ali al-Hakimi") is one NAME span. A kunya of a staff
  member is not labelled.
- A nickname that is a whole phrase ("Big Mo") is labelled as written; when a
  patient's name is written in several transliterations in one post (Hussain,
  Husayn, Hussein), every spelling is labelled.
- A staff member (doctor, nurse, tech, security officer) who is named as a patient
  or as the parent/relative of a patient (a baby born here, a cousin who received
  their kidney) IS labelled; a staff member's family who are not patients are not.
- Auto-plant and employer names ("Dearborn Truck", "Jefferson North", "the Rouge")
  are not GEO even when they contain a city name. The street or place where a
  named patient was injured or collapsed (Miller Road, 7 Mile, Dix Hwy at
  Schaefer, Michigan Ave bus stop) is GEO, like the road of a crash. The location
  of a mass-casualty incident whose patients are not identified is not GEO (and the
  post is not patient-specific).
- A foreign city or village tied to the patient or to relatives (Bint Jbeil,
  Telkaif, Alqosh, Sana'a, Basra, Karbala, Nabatieh, Aden, Windsor, Zahle) is GEO;
  countries are not.
- An anonymous post that still states a patient's age over 89 ("one of our
  patients turned 103") is patient-specific (AGE is an identifier). "Centenarian"
  and "Ninety" used as a patient's age are AGE; an age as part of the same token is
  labelled as the token ("91F", "90TH", "93rd").
- Islamic and Christian named days on which the patient's event happened are DATE
  (Eid al-Fitr, Laylat al-Qadr together with "Night of Power", Christmas Eve, Good
  Friday, New Year's Eve, Valentine's, 12 de diciembre together with "Día de la
  Virgen de Guadalupe", 2 de noviembre together with "Día de Muertos"). "Home for
  Eid" with no date of the patient's event is not labelled. A date of a follow-up
  appointment in a pasted record ("next remote 03/12") is a patient date.
- When the same date string is an event date and a patient date in one post, only
  the patient's occurrence is labelled and the other is declared with ok=.
- Room and bed tokens include their keyword ("Rm 412-A", "bed 7", "Bed 2",
  "room 612", "cama 7", "habitación 305"); a unit-room code "5W-12" and an ED
  "bay 4" next to a patient's name are OTHER_ID as written.
- A name that occurs both as the patient's name and as a word / a staff member's
  name ("Faith the night nurse", "Faith the baby") is labelled only where it names
  the patient; the other occurrences are declared with ok=. A hashtag containing
  the patient's name is NAME even when it is also a common phrase
  ("#FaithOverFear").
- Mascots (Roary, PAWS, Al the Octopus), therapy dogs (Habibi), named winter storms
  and donor-named buildings are not names of patients, unless the building is named
  by a patient's family introduced as such (the Jaber Children's Infusion Center).
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev20.jsonl"), os.path.join(HERE, "phi_dev20_org.json"), "d20")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

p(
    "en",
    "patient_story",
    "Mashallah! Zainab took her first steps since the crash on Ford Rd. Our rehab gym erupted. 👏 #RRHRehab",
    [("NAME", "Zainab"), ("GEO", "Ford Rd")],
    note="Arabic exclamation is not a name; road of the crash is GEO",
)

n(
    "en",
    "hospital_contact",
    "Ramadan Mubarak from all of us at Rouge River Health! 🌙 Fasting with diabetes? Talk to your care team before the first suhoor. Our Arabic-language nurse line, 313-555-0152, stays open until midnight all month.",
    "holiday greeting and the hospital's own Arabic nurse line",
)

p(
    "en",
    "pasted_record",
    "4W census 0600 — Rm 412-A HAMMOUD, ALI H 67M s/p crush inj L hand (Dearborn Truck) / Rm 412-B vacant / Rm 415 BAZZI, FATIMA 91F CHF, Arabic interp, NPO after MN",
    [
        ("OTHER_ID", "Rm 412-A"),
        ("NAME", "HAMMOUD, ALI H"),
        ("OTHER_ID", "Rm 415"),
        ("NAME", "BAZZI, FATIMA"),
        ("AGE", "91F"),
    ],
    note="pasted census; 67M is under 90, 91F is an age token; vacant bed and plant name not labelled",
)

n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Nour has been the unit clerk on 5 West for 22 years. She speaks Arabic, French and 'a little Spanish,' knows every family by name, and makes the best ka'ak in Wayne County. Thank you, Nour!",
    "staff member whose first name is a word; Wayne County is not tied to a patient",
)

p(
    "en",
    "birth_announcement",
    "Our first Eid baby! 🌙 Welcome Amal, born at 6:12 a.m. on Eid al-Fitr to proud parents Rana and Khalil. Amal means hope — and she's already delivered plenty. 💕",
    [("NAME", "Amal", "*"), ("DATE", "Eid al-Fitr"), ("NAME", "Rana"), ("NAME", "Khalil")],
    note="word-name Amal; Eid al-Fitr is the birth date",
)

n(
    "en",
    "event",
    "Iftar at the hospital: join our chaplaincy team for a community iftar on March 14 at sunset in the Fordson Room. Dates, water and lentil soup provided. All welcome, fasting or not.",
    "event date; 'Dates' is the fruit",
)

p(
    "en",
    "thank_you",
    "To the Yousif family — originally from Telkaif, now in Sterling Heights — thank you for the kleicha and the prayers while your dad was with us. 4 North is still talking about both.",
    [("NAME", "Yousif"), ("GEO", "Telkaif"), ("GEO", "Sterling Heights")],
    note="family surname of an unnamed patient; Chaldean home village and current city",
)

n(
    "en",
    "public_figure",
    "The Lions visited! 🦁 Roary high-fived every kid on the peds floor and the offensive line signed casts, IV poles and one very brave stuffed camel. Thank you, @Lions! #OnePride",
    "team visit, mascot, no patient named",
)

p(
    "en",
    "public_figure",
    "City councilman Samir Fawaz asked us to share: he's recovering at Rouge River Health after an emergency appendectomy Tuesday and thanks the 3rd-floor nurses 'who outvoted me on getting out of bed.'",
    [("NAME", "Samir Fawaz")],
    note="public figure who is the patient; weekday not a date",
)

n(
    "en",
    "eponymous_condition",
    "Behçet's disease is more common in people with roots along the old Silk Road — including many Lebanese, Iraqi and Turkish families. Mouth ulcers that keep coming back? Ask for a referral to our rheumatology clinic.",
    "eponymous condition and population groups",
)

p(
    "en",
    "memorial",
    "It is with heavy hearts that we share the passing of Hajj Mahmoud Berry, who came to Dearborn from Bint Jbeil in 1968, worked 31 years on the line at the Rouge, and spent his last weeks with us on 6 East surrounded by more grandchildren than our visitor policy technically allows. Hajj Mahmoud died peacefully on the evening of November 2nd at the age of 96. His daughter Hiba asked us to thank night nurse Carlos, who learned to say 'sabah al-khair' to him every morning. Allah yerhamo. 🤍",
    [
        ("NAME", "Mahmoud Berry"),
        ("NAME", "Mahmoud", 2),
        ("GEO", "Dearborn"),
        ("GEO", "Bint Jbeil"),
        ("DATE", "November 2nd"),
        ("AGE", "96"),
        ("NAME", "Hiba"),
    ],
    note="'Bint Jbeil' is a Lebanese town, not a nasab; the city he settled in is GEO; Hajj is an honorific; staff nurse not labelled",
)

n(
    "en",
    "crisis_update",
    "WINTER STORM UPDATE: With ice on I-94 and the Southfield Fwy, outpatient clinics at Rouge River Health open at 10 a.m. today. The Emergency Department is always open: 313-555-0144. Please check on your elderly neighbors.",
    "storm update, hospital ER number",
)

p(
    "en",
    "discharge",
    "Going home! 🚗 After 41 days, three surgeries and a LOT of hummus from his mom, Hadi is finally headed back to Allen Park. Drive safe, champ.",
    [("NAME", "Hadi"), ("GEO", "Allen Park")],
    note="town named like a person is the patient's home",
)

n(
    "en",
    "anonymous_story",
    "A patient in his 50s came to us last month after a press accident at one of the Downriver stamping plants. Two of his fingers came in a cooler, packed in ice by a coworker who had paid attention in safety training. After eight hours in the OR and weeks of hand therapy, he signed his name for us today — with the hand our surgeons put back together. We don't share names, but we can share this: machine guards save fingers, and so do coworkers who know what to do.",
    "long anonymous story; age under 90 and no place smaller than a region tied to him",
)

p(
    "en",
    "milestone_birthday",
    "100 candles for Sitto Warda! 🎂 Warda was born in Zahle, Lebanon, and turned 100 on our geriatrics unit yesterday with dabke in the hallway and her great-grandkids on FaceTime.",
    [("AGE", "100", "*"), ("NAME", "Warda", "*"), ("GEO", "Zahle")],
    note="'100 candles' states her age too; Sitto is a kinship word; Lebanon is a country",
)

n(
    "en",
    "sponsor",
    "Huge thanks to UAW Local 600 for donating 600 winter coats to our pediatric clinic families! Local 600 members have been part of this hospital's story since the Rouge opened.",
    "union local number is not an age",
)

p(
    "en",
    "campaign_hashtag",
    "#PrayForRayan 🙏 Keep them coming — our boy is fighting hard up on PICU. #RRHPeds",
    [("NAME", "#PrayForRayan")],
    note="name only in a hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "1,200 employees showed up through the ice storm. Some slept in the call rooms, some slept in their cars. That's what #RougeStrong means. #HealthcareHeroes",
    "campaign hashtags only",
)

p(
    "en",
    "pasted_record",
    "pls fix before rebill — pt MANSOUR, YOUSIF acct 70044812 BCBSM ID XYK904417326, DOS 01/07, Medicaid secondary denied",
    [
        ("NAME", "MANSOUR, YOUSIF"),
        ("ACCOUNT", "70044812"),
        ("HEALTH_PLAN", "XYK904417326"),
        ("DATE", "01/07"),
    ],
    note="billing note pasted by mistake",
)

n(
    "en",
    "staff_spotlight",
    "Meet Faith, Hope and Sabr — no, not a poem. They're three of the newest respiratory therapists in our residency class. Faith is from Romulus, Hope from Wayne and Sabr from Hamtramck. Welcome, team!",
    "staff with word names from towns named like people",
)

p(
    "en",
    "patient_story",
    "Faith is 9, loves the Tigers, and has spent more time with our dialysis nurses than with her third-grade class this year. Tonight she threw out a first pitch of her own — at the nurses' station, with a foam ball. ⚾ #FaithOverFear",
    [("NAME", "Faith"), ("NAME", "#FaithOverFear")],
    note="word name; common-phrase hashtag containing the patient's name",
)

n(
    "en",
    "health_tip",
    "Working a double at the plant during Ramadan? Break your fast with water first, don't skip suhoor, and tell your supervisor if you feel dizzy on the line. Heat + fasting + forklifts = no joke.",
    "health tip",
)

p(
    "en",
    "patient_story",
    "Three weeks ago, Dave Kowalczyk walked into work at the Rouge like he has every morning since 1989. By 9:40 a.m. his right arm was caught in a conveyor. 'I remember thinking about my granddaughter's recital,' Dave told us last week, sitting up in bed on 5 West. Our trauma team, hand surgeons and OTs have been with him every step since. Dave went home to Lincoln Park yesterday — and yes, he made the recital. His wife Debbie asked us to share one message for everyone on the line: wear the guards. Every time.",
    [
        ("NAME", "Dave Kowalczyk"),
        ("NAME", "Dave", "*"),
        ("GEO", "Lincoln Park"),
        ("NAME", "Debbie"),
    ],
    note="long story; year he started work is a bare year; plant not GEO",
)

n(
    "en",
    "recruitment",
    "We're hiring! Arabic- and Spanish-speaking patient navigators for our Dearborn and Southwest Detroit sites. $2,000 sign-on bonus. Apply at rougeriverhealth.org/careers or call 313-555-0140. #NowHiring",
    "recruitment with the hospital's number and domain",
)

p(
    "en",
    "patient_story",
    "shoutout to hussein in bed 7 who ate all the jello on 3west and then asked for more lol 😂",
    [("NAME", "hussein"), ("OTHER_ID", "bed 7")],
    note="lower-case name and bed number from a careless staff post",
)

n(
    "en",
    "staff_spotlight",
    "Say marhaba to Habibi, our newest therapy dog! 🐶 He's a 4-year-old golden retriever who loves belly rubs, the peds playroom and (unfortunately) hospital socks. Find Habibi on 2 East Tuesdays and Thursdays.",
    "a dog named with an Arabic word",
)

p(
    "en",
    "milestone_birthday",
    "HAPPY 90TH BIRTHDAY TO JIDDO KAREEM ON 6 EAST!!! 🎉🎉 THE WHOLE FLOOR SANG IN ARABIC AND ENGLISH. KAREEM SAYS HE'S GOING FOR 100.",
    [("AGE", "90TH"), ("NAME", "KAREEM", "*")],
    note="all caps; '100' is a goal, not his age; Jiddo is a kinship word",
)

n(
    "en",
    "staff_spotlight",
    "Volunteer of the Year: Hussein Saleh, 91, has folded warm blankets in our ED every Tuesday since 1994. When we asked his secret, he said: 'Coffee. Arabic coffee. Lots of it.' Thank you, Hajj Hussein!",
    "volunteer over 89 is not a patient",
)

p(
    "en",
    "thank_you",
    "To Umm Hassan, who fed the entire ICU night shift with maqluba while her husband was with us: we tried flipping the pot the way you taught us. It did not go well. Thank you for everything. 🤍",
    [("NAME", "Umm Hassan")],
    note="kunya of a patient's wife; the patient himself is not named",
)

n(
    "en",
    "statistic",
    "By the numbers, 2024: 2,941 babies born at Rouge River Health. 118 born during Ramadan. 9 born during Eid prayers (we counted). 1 born in the parking structure on a snow day. Welcome to the world, all of you.",
    "aggregate counts",
)

p(
    "en",
    "patient_story",
    "Our own ED nurse Layla Saad spent last week on the OTHER side of the stretcher after a car accident on Outer Drive. She's back at work Monday and says the food is better than she remembered.",
    [("NAME", "Layla Saad"), ("GEO", "Outer Drive")],
    note="staff member who is a patient; crash road",
)

n(
    "en",
    "memorial",
    "Our hospital family is grieving. Respiratory therapist Rita Gonzales, who served Rouge River Health for 27 years, passed away on January 3. Rita trained half our RT department and never once let anyone skip a hand wash. Services will be held at Holy Redeemer on January 9. Rest well, Rita.",
    "memorial of a staff member who is not described as our patient",
)

p(
    "en",
    "patient_story",
    "Nour is 3 weeks old today and weighs exactly as much as a bag of sugar ❤️ Her mom is posting updates at @nours_nicu_journey — give them a follow and some love.",
    [("NAME", "Nour"), ("OTHER_ID", "@nours_nicu_journey")],
    note="family's social handle is OTHER_ID",
)

n(
    "en",
    "health_tip",
    "Short days, long nights. Winter blues are real — in Arabic we call light 'nour' for a reason. Get outside at midday, keep moving, and reach out: 988 is there 24/7.",
    "'nour' as a word; national crisis line",
)

p(
    "en",
    "patient_story",
    "Many of you asked how to help Ahmed's family after the house fire on Kentucky St. Ahmed is still in our burn unit, and his uncle set up gofundme.com/f/ahmed-rebuilds — every dollar goes to the family.",
    [("NAME", "Ahmed", "*"), ("GEO", "Kentucky St"), ("URL", "gofundme.com/f/ahmed-rebuilds")],
    note="street named after a state is a street; fundraiser URL",
)

n(
    "en",
    "eponymous_condition",
    "Kawasaki disease isn't about motorcycles. Fever for 5+ days, red eyes, cracked lips, swollen hands in a child? Get seen. Our pediatric cardiology team treated more cases last winter than in any year since 2019.",
    "eponymous condition",
)

p(
    "en",
    "public_figure",
    'Get well soon to former Red Wings enforcer Danny "The Hammer" Lisowski, who is recovering from knee replacement surgery here this week and has already challenged our PT staff to a fight (a friendly one).',
    [("NAME", 'Danny "The Hammer" Lisowski')],
    note="public figure who is the patient; nickname inside the name span",
)

n(
    "en",
    "public_figure",
    "Thank you to the Detroit Tigers for bringing PAWS and two World Series rings to our pediatric floor today! Kids and staff alike tried them on. (We gave them back. Mostly.)",
    "team and mascot visit",
)

p(
    "en",
    "public_figure",
    "Al the Octopus dropped by! 🐙 Ali (7) in Rm 220 had questions, mostly about how many legs is too many. Thanks @DetroitRedWings for making his week.",
    [("NAME", "Ali"), ("OTHER_ID", "Rm 220")],
    note="mascot 'Al' is not a name; child's age under 90",
)

n(
    "en",
    "crisis_update",
    "Winter Storm Landon is expected to drop 8–12 inches across Wayne County tonight. If you have dialysis or chemo scheduled Tuesday, call 313-555-0140 — we're rescheduling, not canceling.",
    "named storm, county not tied to a patient",
)

p(
    "en",
    "patient_story",
    "Taylor, 6, from Taylor (yes, really) is our Patient of the Week! She beat a nasty case of pneumonia and taught every nurse on 2 East the floss dance. 💃",
    [("NAME", "Taylor", 1), ("GEO", "Taylor", 2)],
    note="same word is the patient's name and her city",
)

n(
    "en",
    "hospital_contact",
    "Our new Downriver Clinic is open! 4100 Fort Street, Lincoln Park. Walk-ins welcome, Mon–Sat 8–8. Appointments: 734-555-0181.",
    "hospital address and number",
)

p(
    "en",
    "pasted_record",
    "Family of pt in ED bay 4 (Saleh) asking for callback — son's cell 313-555-0263. pls call them asap",
    [("OTHER_ID", "bay 4"), ("NAME", "Saleh"), ("PHONE", "313-555-0263")],
    note="internal note posted by mistake; relative's phone",
)

n(
    "en",
    "recruitment",
    "Meet the night shift! Rania, Mike, Jamal and Grace keep 4 West running from 7 p.m. to 7 a.m. — and they want YOU to join them. Open RN positions: rougeriverhealth.org/careers",
    "staff first names without titles",
)

p(
    "en",
    "birth_announcement",
    "A Christmas Eve miracle on Labor & Delivery: Mariam Shamoun arrived at 11:58 p.m., two minutes before her big brother's birthday. Mom Rita and dad Ninos say she'll be baptized at St. Thomas like the rest of the family.",
    [("NAME", "Mariam Shamoun"), ("DATE", "Christmas Eve"), ("NAME", "Rita"), ("NAME", "Ninos")],
    note="Chaldean family; holiday is the birth date; church is not GEO",
)

n(
    "en",
    "event",
    "Chaldean Christmas Bazaar this Saturday in the main lobby! Kleicha, rosaries and raffle tickets benefit our NICU. Dec 14, 10 a.m.–4 p.m.",
    "event date",
)

p(
    "en",
    "discharge",
    "Mabrook to the Almasmari family of Hamtramck! Baby Yahya came home today after 52 days in our NICU. 💚",
    [("NAME", "Almasmari"), ("GEO", "Hamtramck"), ("NAME", "Yahya")],
    note="Yemeni family; 52 days is not an age",
)

n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit today — taller than the nurse who once held him in one hand. We won't say his name, but we all cried.",
    "anonymous NICU graduate",
)

p(
    "en",
    "milestone_birthday",
    "One of our patients on 6 East turned 103 this morning. She asked for no fuss and got exactly the opposite. 🎂",
    [("AGE", "103")],
    note="anonymous but an age over 89 is an identifier",
)

n(
    "en",
    "anonymous_story",
    "An 86-year-old patient told us this week that she has outlived three cars, two husbands and one Ford plant. We'll keep her name to ourselves, but we'll be stealing that line.",
    "age under 90, anonymous",
)

p(
    "en",
    "pasted_record",
    "ED tracking — HADDAD, NOUR — DOB 02/29/1996 — MRN 00381147 — CC: syncope after fall on ice, CT head pending",
    [("NAME", "HADDAD, NOUR"), ("DATE", "02/29/1996"), ("MRN", "00381147")],
    note="tracking-board line",
)

n(
    "en",
    "sponsor",
    "The Haddad Family Cancer Pavilion turns 10 this year! Thanks to Sam and Leila Haddad, whose gift built it, more than 40,000 patients have received chemo close to home.",
    "donors and a donor-named building",
)

p(
    "en",
    "sponsor",
    "Ten years ago, Kamal and Samira Jaber's son Rami finished his last round of chemo in a cramped room on our third floor. Today the Jaber Children's Infusion Center — 14 private bays, a window for every chair — opens its doors. 'Rami would have loved the fish tank,' Samira said at the ribbon-cutting.",
    [
        ("NAME", "Kamal"),
        ("NAME", "Samira Jaber"),
        ("NAME", "Samira", 2),
        ("NAME", "Jaber", 2),
        ("NAME", "Rami", "*"),
    ],
    note="donors introduced as a patient's parents, so the building's family name is labelled",
)

n(
    "en",
    "research",
    "New from our Arab American Health Research Unit: among 1,412 adults screened at Dearborn mosques and churches, 1 in 4 had prediabetes they didn't know about. Full paper in the Journal of Immigrant and Minority Health.",
    "research statistic",
)

p(
    "en",
    "patient_story",
    "Hanan bint Ali al-Hakimi, known to everyone in dialysis as 'Auntie Hanan,' finished her 500th treatment with us today. 500 treatments, three times a week, and not one complaint — about the chairs, anyway.",
    [("NAME", "Hanan bint Ali al-Hakimi"), ("NAME", "Hanan", 2)],
    note="nasab name as one span; 500th is a treatment count",
)

n(
    "en",
    "hospital_contact",
    "Registration tip: Mohammed, Muhammad, Mohamad, Mohamed — the spelling on your insurance card is the one we need. Mismatched names are the #1 reason claims bounce. Questions? 313-555-0140.",
    "name spellings as examples, no patient",
)

p(
    "en",
    "birth_announcement",
    "Baby Mohamad (one 'm' in the middle, his dad wants everyone to know!) arrived Sunday at 8 lbs 4 oz. Welcome to the world, habibi!",
    [("NAME", "Mohamad")],
    note="transliteration; 'habibi' is an endearment",
)

n(
    "en",
    "hospital_contact",
    "Eid al-Adha hours: our outpatient pharmacy closes at 2 p.m. on Friday, June 6. The ER and Labor & Delivery are open as always. Eid Mubarak to all who celebrate! 🐑",
    "holiday hours",
)

p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! Nuestra pequeña nació el 12 de diciembre, Día de la Virgen de Guadalupe, a las 5:40 de la mañana. Sus papás, Yesenia y Arturo, de Southwest Detroit, dicen que el nombre no estaba en discusión. 🌹",
    [
        ("NAME", "Guadalupe", 1),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Yesenia"),
        ("NAME", "Arturo"),
        ("GEO", "Southwest Detroit"),
    ],
    note="same day named twice; the name also inside the feast-day name",
)

n(
    "es",
    "health_tip",
    "Ola de frío en Detroit: abríguese en capas, revise a sus vecinos mayores y nunca use la estufa para calentar la casa. ¿Preguntas? Llame a nuestra línea en español: 313-555-0167.",
    "tip with the hospital's Spanish line",
)

p(
    "en",
    "thank_you",
    "A note from the family of Abu Ali, shared with permission: 'When our father was brought in after his stroke on Warren Ave, we were twelve people in a waiting room built for four. Nobody told us to leave. Nurse Jamal found chairs from somewhere. Dr. Kowalski explained everything twice, once in English and once through the interpreter, and never looked at her watch. Baba is home in Dearborn Heights now, telling everyone the hospital food needed more garlic. Shukran to everyone on 5 West.'",
    [("NAME", "Abu Ali"), ("GEO", "Warren Ave"), ("GEO", "Dearborn Heights")],
    note="kunya; place of the stroke and home city; staff not labelled",
)

n(
    "en",
    "event",
    "Can't make it to Ford Field on Thanksgiving? Our peds floor watch party kicks off at 12:30 with Honolulu blue cupcakes. Families of current patients welcome!",
    "event",
)

p(
    "en",
    "pasted_record",
    "Portal audit flagged: user zhammoud88 (ZAHRA HAMMOUD, MRN 00917722) login from 68.43.201.17 at 02:14 — pt says not her. IT ticket opened.",
    [
        ("OTHER_ID", "zhammoud88"),
        ("NAME", "ZAHRA HAMMOUD"),
        ("MRN", "00917722"),
        ("IP", "68.43.201.17"),
    ],
    note="portal user name, IP address",
)

n(
    "en",
    "health_tip",
    "Snow shoveling sends more men over 50 to our ER with heart attacks than any other winter chore. Push, don't lift. Take breaks. And if your chest hurts, call 911 — not your cousin with the truck.",
    "tip, population age",
)

p(
    "es",
    "thank_you",
    "Gracias a la señora Mendoza, mamá de nuestro paciente Kevin, por los tamales que trajo al piso de pediatría la semana pasada. ¡Estaban deliciosos y ya se acabaron!",
    [("NAME", "Mendoza"), ("NAME", "Kevin")],
    note="relative and patient first name; relative time",
)

n(
    "es",
    "event",
    "Feria de salud en Clark Park este sábado 10 de agosto: vacunas, presión arterial, exámenes de la vista y paletas para los niños. ¡Gratis! Información: 313-555-0167.",
    "event date and venue",
)

p(
    "en",
    "campaign_hashtag",
    "sending all the love to little zainab on 2 east today 💕 #zainabstrong",
    [("NAME", "zainab"), ("NAME", "#zainabstrong")],
    note="lower-case name and lower-case name hashtag",
)

n(
    "en",
    "campaign_hashtag",
    "Every scan, every stitch, every 3 a.m. bottle. #HopeLivesHere #RougeRiverHealth",
    "campaign hashtag with a word that is also a first name",
)

p(
    "en",
    "discharge",
    "Hope came to us in October weighing 1 lb 9 oz. Today she went home weighing 6 lb 2 oz, with a bow bigger than her head. Never lose hope — or Hope. 💗",
    [("NAME", "Hope", "*"), ("DATE", "October")],
    note="word name capitalised vs the word in lower case; month of birth/admission",
)

n(
    "en",
    "event",
    "Hope is not a strategy, but it helps. Join our free cancer support group, second Tuesday of each month, Conference Room B.",
    "'Hope' as a word at the start of a sentence",
)

p(
    "en",
    "pasted_record",
    "Pacer check 10:30 — KASSAB, GEORGE — Medtronic Azure SN RNB611042H — battery 7.2 yrs — next remote 03/12",
    [("NAME", "KASSAB, GEORGE"), ("DEVICE", "RNB611042H"), ("DATE", "03/12")],
    note="device serial; follow-up date",
)

n(
    "en",
    "eponymous_condition",
    "Tommy John surgery isn't just for pitchers. Our sports medicine team repairs elbow ligaments for high school athletes, mechanics and one very determined bowling league. Learn more: rougeriverhealth.org/sports",
    "eponymous procedure",
)

p(
    "en",
    "pasted_record",
    "MVC pasted from trauma log: pt ALVAREZ, MARCO — DL A412 553 902 118 — plate DKL 4471 — crash on Dix Hwy at Schaefer, restrained driver, GCS 15",
    [
        ("NAME", "ALVAREZ, MARCO"),
        ("LICENSE", "A412 553 902 118"),
        ("VEHICLE", "DKL 4471"),
        ("GEO", "Dix Hwy"),
        ("GEO", "Schaefer"),
    ],
    note="licence, plate and crash intersection",
)

n(
    "en",
    "recruitment",
    "From the line to the ward: our Career Switch program helps laid-off auto workers train as patient care techs in 12 weeks — paid. Info session Thursday at 6 p.m., 18100 Michigan Avenue. #UAWStrong",
    "hospital address",
)

p(
    "en",
    "birth_announcement",
    "Congrats to our own Dr. Nadia Saad and her husband Karim on the birth of baby Yara, born right here on 4 West on January 9! Welcome to the Rouge River family, little one.",
    [("NAME", "Nadia Saad"), ("NAME", "Karim"), ("NAME", "Yara"), ("DATE", "January 9")],
    note="staff physician is the parent of a newborn patient, so she is a patient's relative",
)

n(
    "en",
    "staff_spotlight",
    "Proud moment: nurse manager Layal's son Adam graduated from Fordson High today — first in the family headed to Wayne State on a full ride! 🎓",
    "staff member's family, not patients",
)

p(
    "en",
    "patient_story",
    "Jiddo Kamal is 94 and says he's been driving since before I-94 was built. After our geriatric team's driving evaluation, he's agreed to hand the keys to his granddaughter Nour. 'She drives like a Detroiter,' he told us. We're choosing to take that as a compliment.",
    [("NAME", "Kamal"), ("AGE", "94", 1), ("NAME", "Nour")],
    note="age 94 next to the highway I-94, which is not his location",
    ok=("94",),
)

n(
    "en",
    "crisis_update",
    "Multi-vehicle pileup on I-94 near Telegraph: our ER is receiving patients. Families looking for loved ones, please call 313-555-0144 — do not come to the ER entrance. We will update here.",
    "mass-casualty location with no identified patient",
)

p(
    "en",
    "memorial",
    "Rest in peace, Mama Najiba. 💐 Najiba Kalasho — born in Alqosh, mother of nine, grandmother of 31, and the undisputed queen of dolma on our oncology floor — passed away on Good Friday surrounded by her family. Allah yirhamha.",
    [("NAME", "Najiba", 1), ("NAME", "Najiba Kalasho"), ("GEO", "Alqosh"), ("DATE", "Good Friday")],
    note="Chaldean; Good Friday is the date of death; counts of children are not ages",
)

n(
    "en",
    "hospital_contact",
    "Good Friday and Easter Sunday hours: our Vernor clinic closes at noon Friday and reopens Monday. Happy Easter to our Chaldean, Assyrian, Latino and all our Christian families!",
    "holiday hours",
)

p(
    "en",
    "discharge",
    "Zero to hero: Hussein (14) went from the ICU to his own front porch in Melvindale in 6 weeks. Skateboard comes later. Doctor's orders. 🛹",
    [("NAME", "Hussein"), ("GEO", "Melvindale")],
    note="age under 90; home city",
)

n(
    "en",
    "public_figure",
    "The mayor of Dearborn stopped by to thank our ED staff on their busiest night of Ramadan. Nothing says civic leadership like refilling the coffee pot yourself.",
    "public figure visit",
)

p(
    "en",
    "discharge",
    "Wayne from Westland wanted you all to know: 'The Jell-O here is better than my wife's. Don't tell her.' Wayne went home today after his bypass. (We told her.)",
    [("NAME", "Wayne", "*"), ("GEO", "Westland")],
    note="first name that is also a Michigan city/county",
)

n(
    "en",
    "health_tip",
    "Wayne County residents 65+ can get a free flu shot at any Rouge River Health clinic through November 30. No appointment needed.",
    "population, county and campaign date",
)

p(
    "en",
    "thank_you",
    "Big thanks to Brianna from Wayne, who collected 300 coloring books for our peds floor while finishing her own chemo here. 💛",
    [("NAME", "Brianna"), ("GEO", "Wayne")],
    note="Wayne is the city here",
)

n(
    "es",
    "staff_spotlight",
    "Conozcan a Marisol, enfermera de nuestra clínica de la Vernor desde hace 15 años. Habla español, inglés y 'un poquito de árabe'. ¡Gracias, Marisol, por cuidar a nuestras familias!",
    "staff member",
)

p(
    "es",
    "discharge",
    "¡Mateo se va a casa! Después de 3 semanas en la UCI pediátrica, nuestro campeón de 8 años regresa con su familia a Mexicantown. ¡Échale ganas, Mateo! 💪",
    [("NAME", "Mateo", "*"), ("GEO", "Mexicantown")],
    note="neighbourhood of the patient",
)

n(
    "en",
    "statistic",
    "Last Ramadan, our ER saw 38% more dehydration visits between 4 and 8 p.m. than during the rest of the year. Suhoor matters. Water matters more.",
    "aggregate statistic",
)

p(
    "en",
    "patient_story",
    "Every morning at 5:30, Abdulrahman al-Saidi drove from Hamtramck to the Jefferson North plant. On February 4, a hydraulic line burst near his station and he came to us with burns over 30% of his body. For 61 days our burn team changed his dressings, his wife Samira read to him from the Quran, and his daughters called every night from Sana'a. Last week Abdulrahman walked out our front door on his own. 'Alhamdulillah,' he said, 'and thank you, and alhamdulillah again.' We couldn't have said it better.",
    [
        ("NAME", "Abdulrahman al-Saidi"),
        ("NAME", "Abdulrahman", 2),
        ("GEO", "Hamtramck"),
        ("DATE", "February 4"),
        ("NAME", "Samira"),
        ("GEO", "Sana'a"),
    ],
    note="long story; plant not GEO; relatives' foreign city is GEO",
)

n(
    "en",
    "event",
    "See you at the Arab American Festival on Warren Ave, June 14–15! Free blood pressure checks, BMI screening and Arabic-language diabetes info at our booth.",
    "event date and venue",
)

p(
    "es",
    "pasted_record",
    "Nota para el piso: paciente LÓPEZ RAMÍREZ, JUAN — habitación 305 — fecha de nac. 14/03/1958 — hija Marisela, tel. 313-555-0288, solo habla español",
    [
        ("NAME", "LÓPEZ RAMÍREZ, JUAN"),
        ("OTHER_ID", "habitación 305"),
        ("DATE", "14/03/1958"),
        ("NAME", "Marisela"),
        ("PHONE", "313-555-0288"),
    ],
    note="pasted floor note with the daughter's phone",
)

n(
    "es",
    "eponymous_condition",
    "Noviembre es el Mes de Concientización sobre el Alzheimer. Si su mamá o papá repite las mismas preguntas o se pierde camino a casa, hable con su médico. Grupo de apoyo en español cada jueves.",
    "eponymous condition, awareness month",
)

p(
    "en",
    "patient_story",
    "Flu clinic volunteers, heads up: the gentleman in the red Tigers jacket, Mr. Dabaja, left his reading glasses at station 3. He lives in 48128 and says he'll come back 'when the snow stops.'",
    [("NAME", "Dabaja"), ("GEO", "48128")],
    note="patient's ZIP code",
)

n(
    "en",
    "hospital_contact",
    "Lost & found: a pair of reading glasses and one very nice Red Wings scarf were left in the main lobby Saturday. Call security at 313-555-0140 to claim them.",
    "no owner named",
)

p(
    "en",
    "crisis_update",
    "Please help us find the family of the gentleman brought in from the bus stop on Michigan Ave this morning — wristband 7734-2210, approx. 70s, speaks Arabic (Iraqi dialect). Call 313-555-0144.",
    [("GEO", "Michigan Ave"), ("OTHER_ID", "7734-2210")],
    note="unidentified patient: place found and wristband; age under 90; hospital number",
)

n(
    "en",
    "anonymous_story",
    "Last night a baby was born in the back seat of a Ford F-150 in our ER driveway. Mom and baby are doing great. Dad would like everyone to know he is NOT cleaning that seat himself.",
    "anonymous birth",
)

p(
    "en",
    "public_figure",
    "Red Wings alumni visit today! 🏒 Special moment when Sabr, 11, showed off the stick she taped herself between chemo sessions. #LGRW",
    [("NAME", "Sabr")],
    note="word name (patience)",
)

n(
    "en",
    "health_tip",
    "Sabr (صبر) means patience, and our ER waiting room runs on it some nights. Thank you for yours. Here's how triage works and why the person after you might be seen first: rougeriverhealth.org/triage",
    "Sabr as a word",
)

p(
    "en",
    "pasted_record",
    "rm 318 - ali jaber - npo for OR 0730\nrm 319 - fatima k - needs arabic interp for consent\nrm 320 - empty",
    [("OTHER_ID", "rm 318"), ("NAME", "ali jaber"), ("OTHER_ID", "rm 319"), ("NAME", "fatima k")],
    note="lower-case room list; empty room not labelled",
)

n(
    "en",
    "staff_spotlight",
    "Staff spotlight: Abu Karim — that's what everyone calls our senior biomedical tech Hassan Fayad — has kept our infusion pumps, ventilators and one temperamental ice machine running for 30 years. He came to Dearborn from Tyre with a toolbox and a cousin's phone number. Today his son Karim is one of our ER physicians, and Hassan still checks his son's stethoscope 'for calibration.' Thank you, Abu Karim, for three decades of keeping us running.",
    "long staff spotlight; staff kunya, staff's son and staff's home town",
)

p(
    "es",
    "memorial",
    "Con mucho cariño recordamos a doña Carmen Ruiz, quien falleció en nuestro hospital el 2 de noviembre, Día de Muertos. Su familia de Lincoln Park nos pidió agradecer a las enfermeras del tercer piso. Descanse en paz.",
    [
        ("NAME", "Carmen Ruiz"),
        ("DATE", "2 de noviembre"),
        ("DATE", "Día de Muertos"),
        ("GEO", "Lincoln Park"),
    ],
    note="death date named twice; family's city",
)

n(
    "es",
    "event",
    "Este 1 y 2 de noviembre, nuestra clínica de la Vernor tendrá un altar de Día de Muertos para recordar a los seres queridos de nuestra comunidad. Traigan una foto o una flor de cempasúchil.",
    "event dates",
)

p(
    "en",
    "patient_story",
    "Lincoln (age 4) of Lincoln Park has officially rung the bell! 🔔 Last chemo, done. His big sister Ava says she's proud but still wants her room back.",
    [("NAME", "Lincoln", 1), ("GEO", "Lincoln Park"), ("NAME", "Ava")],
    note="name and city share a word",
)

n(
    "en",
    "sponsor",
    "Allen Park High School's football team donated 200 stuffed animals to our ER this week. Thank you, Jaguars! 🐾",
    "school named for a town named like a person",
)

p(
    "en",
    "milestone_birthday",
    "Mr. Allen — yes, from Allen Park, and yes, he's heard every joke — celebrated one year cancer-free today with the infusion team that got him there.",
    [("NAME", "Allen", 1), ("GEO", "Allen Park")],
    note="surname and city share a word; relative time",
)

n(
    "en",
    "health_tip",
    "Flying out of Detroit Metro in Romulus for Hajj or Umrah? Get your meningitis vaccine at least 10 days before travel — Saudi Arabia requires it. Travel clinic appointments: 313-555-0140.",
    "travel tip; airport town not tied to a patient",
)

p(
    "en",
    "milestone_birthday",
    "Hajja Khadija of Romulus, 92, completed her Hajj this summer and came straight to our clinic for her check-up. Her verdict: 'Easier than the Southfield Freeway.'",
    [("NAME", "Khadija"), ("GEO", "Romulus"), ("AGE", "92")],
    note="Hajja is an honorific; age over 89",
)

p(
    "en",
    "birth_announcement",
    "Born on Laylat al-Qadr, the Night of Power — no pressure, little Qadr! 🌙 Parents Hiba and Mustafa of Dearborn Heights asked us to share their joy.",
    [
        ("DATE", "Laylat al-Qadr"),
        ("DATE", "Night of Power"),
        ("NAME", "Qadr", 2),
        ("NAME", "Hiba"),
        ("NAME", "Mustafa"),
        ("GEO", "Dearborn Heights"),
    ],
    note="named night is the birth date, named twice; the baby's name also inside it",
)

n(
    "en",
    "event",
    "During the last ten nights of Ramadan, our chapel and prayer rooms stay open 24/7. Laylat al-Qadr blessings to all our patients, families and staff.",
    "holiday greeting",
)

p(
    "en",
    "patient_story",
    "lol the guy in 5W-12 (Jarbo) just asked if the ice chips come in pomegranate",
    [("OTHER_ID", "5W-12"), ("NAME", "Jarbo")],
    note="unit-room code without keyword; careless staff post",
)

n(
    "en",
    "health_tip",
    "Imams from Dearborn's major mosques agree: if you are sick, pregnant or on certain medicines, you are excused from fasting. Talk to us, and to your imam. Health comes first.",
    "health tip",
)

p(
    "en",
    "thank_you",
    "Message from Patricia Nowak's daughter: 'Mom was on 6 East for two weeks in March. If any of the night nurses want to stay in touch, she'd love letters — email us at nowakfamily.allenpark@gmail.com.'",
    [("NAME", "Patricia Nowak"), ("DATE", "March"), ("EMAIL", "nowakfamily.allenpark@gmail.com")],
    note="month of the stay; family email",
)

n(
    "en",
    "hospital_contact",
    "Questions about your bill? Email billing@rougeriverhealth.org or call 313-555-0140, Mon–Fri 8–5. Arabic and Spanish speakers available.",
    "hospital email and number",
)

p(
    "en",
    "milestone_birthday",
    "Double celebration on 4 North: Ms. Evelyn turned 89 and her roommate Ms. Josephine turned 90 — on the same day! Cake for everyone. 🎂🎂",
    [("NAME", "Evelyn"), ("NAME", "Josephine"), ("AGE", "90")],
    note="89 is not labelled, 90 is",
)

n(
    "en",
    "statistic",
    "Adults over 90 are the fastest-growing age group in Wayne County. Our new geriatrics clinic is built for them: wider doors, louder phones and more time per visit.",
    "population age",
)

p(
    "en",
    "patient_story",
    "Two of our own, one kidney. 💚 ER tech Ali Beydoun donated a kidney to his cousin Hassan last month — both surgeries happened here, both are doing great, and both are already arguing about who was the better patient.",
    [("NAME", "Ali Beydoun"), ("NAME", "Hassan")],
    note="staff member who is a living donor patient, and his cousin",
)

n(
    "en",
    "health_tip",
    "April is Donate Life Month. One organ donor can save eight lives. Register at the Secretary of State when you renew your license — or online in two minutes.",
    "awareness month",
)

p(
    "en",
    "milestone_birthday",
    "Miss Gloria from Brightmoor turned 101 today and told us the secret is 'Vernors and minding my own business.' 🎂",
    [("NAME", "Gloria"), ("GEO", "Brightmoor"), ("AGE", "101")],
    note="Detroit neighbourhood; Vernors is a soda",
)

n(
    "en",
    "hospital_contact",
    "Our West Vernor clinic now has Saturday hours! 7300 West Vernor Highway, 9 a.m.–1 p.m. Se habla español.",
    "hospital address",
)

p(
    "en",
    "milestone_birthday",
    "Pictured: Fatima and her twin brother Hassan on their first birthday, one year after leaving our NICU at 2 lbs each. 🎈",
    [("PHOTO", "Pictured"), ("NAME", "Fatima"), ("NAME", "Hassan")],
    note="photo cue for patients",
)

n(
    "en",
    "staff_spotlight",
    "Pictured: our 2025 nursing residency graduates, all 42 of them, on the steps of the main entrance. Go get 'em!",
    "photo of staff",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz quinceañera, Ximena! 👑 Celebró sus XV años en la habitación 512 con mariachi, pastel y sus enfermeras como damas de honor.",
    [("NAME", "Ximena"), ("OTHER_ID", "habitación 512")],
    note="room number with keyword; age 15 not labelled",
)

n(
    "es",
    "recruitment",
    "¿Hablas español y te gusta ayudar? Buscamos asistentes médicos bilingües para nuestra clínica en Southwest Detroit. Aplica en rougeriverhealth.org/empleos",
    "recruitment",
)

p(
    "en",
    "public_figure",
    "Prayers requested: Imam Jawad al-Musawi was admitted to our cardiac unit this week and asked that the community pray for all of our patients, not just him.",
    [("NAME", "Jawad al-Musawi")],
    note="public religious figure who is the patient; Imam is a title",
)

n(
    "en",
    "public_figure",
    "Thank you to the imams and pastors of the Dearborn Interfaith Council who blessed our new chapel today.",
    "clergy visit, no patient",
)

p(
    "en",
    "patient_story",
    "Little Amat-Allah flew 7,000 miles from Aden with a hole in her heart. Today, thanks to our pediatric cardiac team and her uncle's whole street in Hamtramck, she's pink, loud and ready to go home. Inshallah the next visit is just for fun.",
    [("NAME", "Amat-Allah"), ("GEO", "Aden"), ("GEO", "Hamtramck")],
    note="hyphenated name; foreign city; relative's city",
)

n(
    "en",
    "statistic",
    "Our Global Hearts program has repaired 212 heart defects in children from Yemen, Iraq and Lebanon since 2011.",
    "countries and counts",
)

p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100, doña Chayo! 🎉 Nuestra paciente más querida de la clínica de la Vernor lo celebró con pozole y las Mañanitas.",
    [("AGE", "100"), ("NAME", "Chayo")],
    note="nickname; age 100",
)

n(
    "es",
    "health_tip",
    "Diabetes y ayuno: ya sea Ramadán, Cuaresma o cualquier otro, hable con su médico antes de cambiar su insulina.",
    "tip",
)

p(
    "en",
    "pasted_record",
    "Can someone on 2nd shift fix this? Auth denied for DEBBIE KRAUSE, Medicaid ID 0044197325, DOS 11/18 — wrong ID# on the face sheet.",
    [("NAME", "DEBBIE KRAUSE"), ("HEALTH_PLAN", "0044197325"), ("DATE", "11/18")],
    note="billing note",
)

n(
    "en",
    "statistic",
    "Our billing team reversed 4,112 claim denials last year — $3.2 million back in patients' pockets. Shoutout to Denise, Omar and the whole revenue cycle crew.",
    "staff names",
)

p(
    "en",
    "discharge",
    "Discharged 3/14 after 3 months and 2 surgeries: Lamar from Inkster is going HOME. 🏠🙌",
    [("DATE", "3/14"), ("NAME", "Lamar"), ("GEO", "Inkster")],
    note="discharge date",
)

n(
    "en",
    "event",
    "Happy Pi Day! 🥧 3/14 means free pie in the cafeteria for all staff from 11–2.",
    "a date that is not a patient's",
)

p(
    "es",
    "campaign_hashtag",
    "Todo el equipo de pediatría está con Valentina y su familia. 💜 #FuerzaValentina",
    [("NAME", "Valentina"), ("NAME", "#FuerzaValentina")],
    note="name and name hashtag",
)

n(
    "es",
    "campaign_hashtag",
    "#JuntosSomosMásFuertes: nuestra campaña de vacunación contra la gripe llegó a 3,000 familias en Southwest Detroit este otoño. ¡Gracias!",
    "campaign",
)

p(
    "en",
    "patient_story",
    "Shout out to Abu Jihad in 4-West Bed 2, who has now taught our entire night shift to play tarneeb. Our charge nurse lost $0 but a lot of pride.",
    [("NAME", "Abu Jihad"), ("OTHER_ID", "Bed 2")],
    note="kunya; bed number",
)

n(
    "en",
    "event",
    "Staff game night! Tarneeb, trix and UNO tournament Friday in the cafeteria. Winner gets the reserved parking spot for a month. 🃏",
    "staff event",
)

p(
    "en",
    "patient_story",
    "Zainab was six when her family fled Basra. She was thirty-one when she walked into our Women's Health Center with a lump she'd ignored for almost a year. 'In my culture, we don't talk about this,' she told us. Today Zainab is cancer-free, and this fall she'll stand on the stage at the Pink Hijab Walk and tell 500 women what she wishes someone had told her: get the mammogram. Zainab asked us to share her story — and her Instagram, @zainab.survives, where she answers questions in Arabic and English.",
    [("NAME", "Zainab", "*"), ("GEO", "Basra"), ("OTHER_ID", "@zainab.survives")],
    note="long story; ages in words under 90; patient's own handle",
)

n(
    "en",
    "event",
    "Join us October 12 for the Pink Hijab Walk around Ford Woods Park! Free mammogram vouchers for every walker. Register: rougeriverhealth.org/pinkhijab",
    "event date and venue",
)

p(
    "es",
    "patient_story",
    "Don Rigoberto Salinas, 92 años, de Springwells, lleva 10 años en diálisis con nosotros y nunca ha faltado a una cita. ¡Gracias por su ejemplo, don Rigo!",
    [("NAME", "Rigoberto Salinas"), ("AGE", "92"), ("GEO", "Springwells"), ("NAME", "Rigo")],
    note="'10 años' is a duration",
)

n(
    "es",
    "staff_spotlight",
    "Doña Pilar, voluntaria de 93 años, lleva 20 años tejiendo gorritos para los bebés de nuestra maternidad. ¡Gracias, doña Pilar!",
    "volunteer over 89, not a patient",
)

p(
    "en",
    "pasted_record",
    "FYI peds: pt OMAR F., Rm 208, MRN 00640219, pump is t:slim X2 serial 11288405 — dad (Fadi) bringing supplies at 7",
    [
        ("NAME", "OMAR F"),
        ("OTHER_ID", "Rm 208"),
        ("MRN", "00640219"),
        ("DEVICE", "11288405"),
        ("NAME", "Fadi"),
    ],
    note="insulin pump serial; parent's name",
)

n(
    "en",
    "health_tip",
    "Insulin pump users: pack extra infusion sets and batteries in your carry-on for Umrah. Questions? Our diabetes educators speak Arabic: 313-555-0152.",
    "tip",
)

p(
    "en",
    "thank_you",
    "To Mariam's mom, who sat by the NICU isolette every single night for 97 nights: you are the strongest person this unit has ever met.",
    [("NAME", "Mariam")],
    note="97 is a count of nights, not an age",
)

n(
    "en",
    "statistic",
    "97 days. That's how long our longest NICU stay lasted this year — and that baby just celebrated a first birthday at home. Every day counts.",
    "anonymous; number is not an age",
)

p(
    "en",
    "pasted_record",
    "*** DO NOT POST *** registration fix: SHAMOUN, NINOS A — SSN 371-55-0194 — DOB 07/22/1979 — 2214 Gulley Rd, Dearborn Heights 48125",
    [
        ("NAME", "SHAMOUN, NINOS A"),
        ("SSN", "371-55-0194"),
        ("DATE", "07/22/1979"),
        ("GEO", "2214 Gulley Rd"),
        ("GEO", "Dearborn Heights"),
        ("GEO", "48125"),
    ],
    note="full registration line",
)

n(
    "en",
    "hospital_contact",
    "Reminder to all staff: patient names, room numbers, dates of birth and photos never go on social media — even in 'private' groups. Questions? privacy@rougeriverhealth.org",
    "privacy reminder listing identifier kinds",
)

p(
    "en",
    "birth_announcement",
    "Welcome to the world, Ali Jr.! 👶 7 lb 11 oz, born 3:03 a.m. to Ali and Zahraa.",
    [("NAME", "Ali", "*"), ("NAME", "Zahraa")],
    note="baby and father share a name; Jr. outside the span",
)

n(
    "en",
    "statistic",
    "Welcome to the world, babies of 2025! So far this year: 1,104 deliveries, 23 sets of twins and 1 set of triplets (hi, triplets' parents — get some sleep).",
    "aggregate",
)

p(
    "es",
    "public_figure",
    "¡Los Tigres visitaron nuestro piso de pediatría! ⚾ Sebastián, de 10 años, le enseñó al lanzador su yeso firmado por todo el equipo. ¡Gracias, @tigers!",
    [("NAME", "Sebastián")],
    note="child patient during a team visit",
)

n(
    "es",
    "public_figure",
    "¡Gracias a los jugadores de Detroit City FC por visitar nuestra clínica de la Vernor y regalar balones a los niños! ⚽",
    "team visit",
)

p(
    "en",
    "milestone_birthday",
    "Our resident centenarian on 6 East, Mr. Hakim, has one request for his party: no candles. 'At my age,' he says, 'it's a fire hazard.'",
    [("AGE", "centenarian"), ("NAME", "Hakim")],
    note="'centenarian' states an age over 89",
)

n(
    "en",
    "health_tip",
    "Michigan now has more than 2,000 centenarians. Want to join them? Walk daily, eat like your sitto, and get your blood pressure checked.",
    "population",
)

p(
    "en",
    "patient_story",
    "Hussain, Husayn or Hussein? Our patient on 3 West says 'all of the above' — his passport, license and insurance card each spell it differently. Pray for Mr. Hussain's billing team. 😅",
    [("NAME", "Hussain", "*"), ("NAME", "Husayn"), ("NAME", "Hussein")],
    note="one patient's name in three transliterations",
)

n(
    "en",
    "event",
    "Arabic Name Day at the Rouge River Health library: learn the meanings of names like Nour (light), Amal (hope) and Sabr (patience). Fun for kids, Saturday 11 a.m.",
    "names discussed as words",
)

p(
    "en",
    "public_figure",
    "Detroit Lions rookie Jalen Brooks spent his day off on our peds floor, but the real MVP was Ayman (8), who beat him at Madden. Twice. 🦁",
    [("NAME", "Ayman")],
    note="athlete not labelled; child patient is",
)

n(
    "en",
    "campaign_hashtag",
    "Honolulu Blue Friday! Wear your Lions gear to work this week and we'll donate $1 per photo to the Children's Fund. #OnePride",
    "campaign",
)

p(
    "en",
    "crisis_update",
    "Please keep Sandra Kimball of Monroe County in your thoughts — she's fighting hard in our ICU after the crash on I-75 near Rockwood. Her husband Jim asked us to thank the first responders.",
    [
        ("NAME", "Sandra Kimball"),
        ("GEO", "Monroe County"),
        ("GEO", "I-75"),
        ("GEO", "Rockwood"),
        ("NAME", "Jim"),
    ],
    note="county, crash road and nearby town",
)

n(
    "en",
    "health_tip",
    "Black ice season: most of the crashes we see from I-75 and I-94 happen before 8 a.m. Slow down on the overpasses.",
    "roads not tied to a patient",
)

p(
    "en",
    "patient_story",
    "When Sami Jajo collapsed behind the counter of his party store on 7 Mile, his son Fadi did CPR for eleven minutes until EMS arrived. Yesterday Sami, Fadi and what felt like half the Jajo family came back to thank the cath lab team — with enough kubba and tea to feed the entire third floor. 'My father is stubborn,' Fadi said. 'His heart is more stubborn.' Sami's new hobby: telling everyone to take a CPR class. Ours: agreeing with him. Free CPR classes every first Saturday — sign up at rougeriverhealth.org/cpr.",
    [
        ("NAME", "Sami Jajo"),
        ("NAME", "Sami", "*"),
        ("NAME", "Fadi", "*"),
        ("NAME", "Jajo", "*"),
        ("GEO", "7 Mile"),
    ],
    note="long story; place of collapse; family surname",
)

n(
    "en",
    "event",
    "Hands-only CPR class this Saturday, 9 a.m., main lobby. Free, bilingual (Arabic/English), and kids 12+ welcome.",
    "event",
)

p(
    "en",
    "patient_story",
    "Room 214 is celebrating! 🎈 Our favorite patient just got her trach out and said her first word in 3 months: 'yalla.'",
    [("OTHER_ID", "Room 214")],
    note="only a room number identifies the patient",
)

n(
    "en",
    "staff_spotlight",
    "Room 214 in our Education Center is now the Quiet Room — a space for staff to pray, breathe or cry between cases. Open 24/7.",
    "room not tied to a patient",
)

p(
    "en",
    "campaign_hashtag",
    "#HockeyFightsCancer night downtown: our peds oncology warrior Nadia (12) dropped the puck! 🐙 #NadiaStrong",
    [("NAME", "Nadia"), ("NAME", "#NadiaStrong")],
    note="campaign hashtag vs name hashtag",
)

n(
    "en",
    "sponsor",
    "#HockeyFightsCancer: the Red Wings Foundation donated $50,000 to our pediatric oncology unit tonight. Thank you! 🐙❤️",
    "sponsor",
)

p(
    "en",
    "pasted_record",
    "Acct 88120045 / pt: Nowicki, Stanley / Blue Care Network member XYB771203919 / Ford retiree plan — statement returned, bad address (old addr 1423 Pelham Rd, Allen Park)",
    [
        ("ACCOUNT", "88120045"),
        ("NAME", "Nowicki, Stanley"),
        ("HEALTH_PLAN", "XYB771203919"),
        ("GEO", "1423 Pelham Rd"),
        ("GEO", "Allen Park"),
    ],
    note="billing line with address",
)

n(
    "en",
    "hospital_contact",
    "Ford and GM retirees: your UAW retiree plan is accepted at every Rouge River Health location. Questions? 313-555-0140.",
    "insurance info",
)

p(
    "es",
    "patient_story",
    "Ernesto Villalobos, trabajador de una planta de ensamblaje, se lesionó la mano el 3 de marzo. Hoy, después de dos cirugías, volvió a tocar la guitarra para las enfermeras. ¡Qué talento, Ernesto!",
    [("NAME", "Ernesto Villalobos"), ("NAME", "Ernesto", 2), ("DATE", "3 de marzo")],
    note="injury date",
)

n(
    "es",
    "statistic",
    "Trabajadores de las plantas: el 40% de las lesiones de mano que atendemos ocurren en el primer turno. Use sus guantes y protectores. Su familia lo espera en casa.",
    "statistic",
)

p(
    "en",
    "milestone_birthday",
    "Video call from Nabatieh! 📱 Jiddo Ibrahim's sisters joined his 90th birthday party over WhatsApp, and our nurses held the tablet for two hours straight.",
    [("GEO", "Nabatieh"), ("NAME", "Ibrahim"), ("AGE", "90th")],
    note="relatives' foreign town; 'Video call' is not a photo of the patient",
)

n(
    "en",
    "sponsor",
    "Thanks to the Dearborn Rotary for donating 40 tablets so patients can video-call family overseas. Inshallah they get lots of use.",
    "sponsor",
)

p(
    "en",
    "discharge",
    "happy retirement-from-dialysis party for ms. bernice on 2north!! new kidney, who dis 😂",
    [("NAME", "bernice")],
    note="lower-case name in a casual staff post",
)

n(
    "en",
    "staff_spotlight",
    "Happy retirement, Bernadette! 38 years in our lab, 1.2 million blood draws (her estimate), zero fainting patients (also her estimate). We'll miss you!",
    "staff retirement",
)

p(
    "en",
    "discharge",
    'Everyone on 5 West knows him as "Big Mo." His mom knows him as Mohammed. After 19 days and one very stubborn infection, "Big Mo" is heading home to Ecorse. 💪',
    [("NAME", "Big Mo", "*"), ("NAME", "Mohammed"), ("GEO", "Ecorse")],
    note="quoted nickname and given name",
)

n(
    "en",
    "staff_spotlight",
    'Our security chief "Big Mike" Thompson hangs up his radio after 25 years. Thanks for keeping us safe, Mike!',
    "staff nickname",
)

p(
    "en",
    "discharge",
    "At 95, Walt Kaminski has seen the Tigers win four World Series. He'd like a fifth before he goes — but first, he'd like to go home from our cardiac unit, which he's doing today. Go get 'em, Walt.",
    [("AGE", "95"), ("NAME", "Walt Kaminski"), ("NAME", "Walt", 2)],
    note="age over 89",
)

n(
    "en",
    "health_tip",
    "Opening Day is practically a holiday in Detroit, and so is our ER's hot dog safety PSA: cut them lengthwise for kids under 4.",
    "tip",
)

p(
    "en",
    "patient_story",
    "Mr. Aziz from the Wednesday diabetes class: we found your prayer beads! Call us at 313-555-0140 or we'll call you back at the number you left (313-555-0219).",
    [("NAME", "Aziz"), ("PHONE", "313-555-0219")],
    note="patient's phone next to the hospital's",
)

n(
    "en",
    "eponymous_condition",
    "Graves' disease and Hashimoto's are both more common in women. Tired, anxious, weight changing for no reason? Ask about a thyroid test.",
    "eponymous conditions",
)

p(
    "en",
    "thank_you",
    "Heartfelt thanks to the family of Hajja Fatima Bazzi, who drove from Windsor every day for three weeks to bring her homemade food. Hajja Fatima went home on Saturday, and the smell of her daughter's fattoush is still in the hallway.",
    [("NAME", "Fatima Bazzi"), ("NAME", "Fatima", 2), ("GEO", "Windsor")],
    note="relatives' foreign city",
)

n(
    "en",
    "hospital_contact",
    "Visiting from Windsor? We accept most Canadian travel insurance plans. Bring your card and passport to registration.",
    "city not tied to a patient",
)

p(
    "en",
    "memorial",
    "We lost one of our own this week. Security officer Darnell Hayes, who walked every nurse in the building to their car after dark for 19 years, died in our ICU on Sunday after a short illness. His wife Monique asked us to share: 'He loved this place. Thank you for taking care of him the way he took care of you.'",
    [("NAME", "Darnell Hayes"), ("NAME", "Monique")],
    note="staff member who died as our patient",
)

n(
    "en",
    "memorial",
    "Rest easy, Chief. Retired ER physician Dr. Samir Makki, who founded our emergency department in 1978, passed away at his home in Florida on March 2 at the age of 94. A memorial service will be held at the Islamic Center of America.",
    "former physician, not our patient; his date and age are not labelled",
)

p(
    "en",
    "patient_story",
    "When Amira came in for her surgery, she asked if she could keep her hijab on until anesthesia. Our OR team said yes — and then designed a hijab-friendly surgical cap that's now standard here. Thank you, Amira, for asking.",
    [("NAME", "Amira", "*")],
    note="patient first name",
)

n(
    "en",
    "hospital_contact",
    "Introducing our new hijab-friendly patient gowns: full-length sleeves, a matching head covering, and snaps where you need them. Available on every unit — just ask.",
    "service announcement",
)

p(
    "en",
    "birth_announcement",
    "Our L&D nurse Jasmine has helped deliver hundreds of babies here. On Tuesday, she delivered her own — well, Dr. Farah did. Welcome, baby Leo! 💙",
    [("NAME", "Jasmine"), ("NAME", "Leo")],
    note="staff member who is a patient (mother)",
)

n(
    "en",
    "staff_spotlight",
    "Nurse Jasmine has now helped deliver 1,000 babies at Rouge River Health! 🎉 Here's to a thousand more.",
    "staff milestone",
)

p(
    "en",
    "birth_announcement",
    "Meet Dearborn! No, not the city — the baby. His mom says she named him after the place where she finally felt at home. Born March 21, 8 lb 1 oz.",
    [("NAME", "Dearborn"), ("DATE", "March 21")],
    note="a baby named like the hospital's city",
)

n(
    "en",
    "hospital_contact",
    "Dearborn, we hear you: parking at the main campus is tough. Our new structure on Michigan Ave opens in May with 600 spaces.",
    "city addressed as a community",
)

p(
    "es",
    "pasted_record",
    "Piso 3 — relevo de turno: cama 7 Sra. Hernández (español, diabética), cama 8 Sr. Ochoa (alta mañana), cama 9 vacía",
    [("OTHER_ID", "cama 7"), ("NAME", "Hernández"), ("OTHER_ID", "cama 8"), ("NAME", "Ochoa")],
    note="handoff list; empty bed not labelled",
)

n(
    "es",
    "hospital_contact",
    "Recordatorio para el personal: nunca publiquen nombres, números de cama ni fotos de pacientes en redes sociales.",
    "privacy reminder",
)

p(
    "en",
    "discharge",
    "Home for Eid! 🌙 After six weeks on our rehab unit, Hajj Abbas is celebrating Eid al-Adha with his 23 grandchildren in Dearborn Heights. Eid Mubarak!",
    [("NAME", "Abbas"), ("GEO", "Dearborn Heights")],
    note="Eid is not the date of the discharge; family's city",
)

p(
    "en",
    "milestone_birthday",
    "99 and still sharp as a tack: MISS ODESSA FROM RIVER ROUGE BEAT OUR PT AT CHECKERS AGAIN 😤",
    [("AGE", "99"), ("NAME", "ODESSA"), ("GEO", "RIVER ROUGE")],
    note="all caps; city name close to the hospital's name",
)

n(
    "en",
    "event",
    "River cleanup day! 40 Rouge River Health volunteers pulled 2 tons of trash from the banks of the Rouge this weekend. 🌊",
    "volunteers, river",
)

p(
    "en",
    "patient_story",
    "Video: Hadi and Hassan, 5-year-old twins, meet the Lions' Roary after finishing their last week of radiation. Sound on. 🔊🦁",
    [("PHOTO", "Video"), ("NAME", "Hadi"), ("NAME", "Hassan")],
    note="video of patients",
)

n(
    "en",
    "staff_spotlight",
    "Video: a day in the life of our trauma team, from the 7 a.m. huddle to the last helicopter landing. 🚁",
    "video of staff",
)

p(
    "en",
    "patient_story",
    "whoever keeps telling Mr. Boulos in room 612 that the Wings won last night, STOP, it's the only thing keeping his BP down 😂",
    [("NAME", "Boulos"), ("OTHER_ID", "room 612")],
    note="careless staff post",
)

n(
    "en",
    "staff_spotlight",
    "The Wings won last night and so did our staff: 12 nurses earned their trauma certification this week. 🐙",
    "staff achievement",
)

p(
    "es",
    "birth_announcement",
    "Hace un año, Lucía Morales llegó a nuestra sala de emergencias con 28 semanas de embarazo y su bebé a punto de nacer. Hoy, la pequeña Esperanza cumple su primer añito y vino a visitarnos con sus papás desde Melvindale. 'Le pusimos Esperanza porque eso fue lo que ustedes nos dieron', dice Lucía. ¡Feliz cumpleaños, Esperanza! 🎂",
    [
        ("NAME", "Lucía Morales"),
        ("NAME", "Lucía", 2),
        ("NAME", "Esperanza", "*"),
        ("GEO", "Melvindale"),
    ],
    note="word name (hope); long story; relative time",
)

n(
    "es",
    "anonymous_story",
    "Hace un año, una mamá llegó a nuestra sala de emergencias en pleno parto. Hoy su bebé está sano y feliz. No compartimos nombres, pero sí compartimos la alegría.",
    "anonymous",
)

p(
    "en",
    "patient_story",
    "Prayers for Sayyid Muhsin, who came to us from Karbala for heart surgery. His son says the whole family in Karbala is watching our Facebook page — so hello, Karbala! He's awake and asking for tea.",
    [("NAME", "Muhsin"), ("GEO", "Karbala", "*")],
    note="Sayyid is an honorific; foreign city repeated",
)

n(
    "en",
    "staff_spotlight",
    "Sayyid, Sheikh, Hajj, Hajja: our new hires learn these titles in cultural orientation so they can greet our elders with respect.",
    "titles only",
)

p(
    "en",
    "patient_story",
    "Lost: a gold bracelet engraved FARAH, left in Rm 404 by a patient discharged 8/2. If it's yours, security has it!",
    [("NAME", "FARAH"), ("OTHER_ID", "Rm 404"), ("DATE", "8/2")],
    note="name on the patient's bracelet, room and discharge date",
)

n(
    "en",
    "hospital_contact",
    "Lost & found is overflowing! 17 umbrellas, 9 phone chargers, 3 prayer rugs and one very sad teddy bear. Stop by security, lower level.",
    "no owner",
)

p(
    "en",
    "milestone_birthday",
    "Happy 93rd to our favorite Chaldean grandma in dialysis, Mama Warina! She still bakes kleicha for the whole unit every Easter. 🥮",
    [("AGE", "93rd"), ("NAME", "Warina")],
    note="ordinal age; Mama is a kinship word",
)

n(
    "en",
    "event",
    "Easter kleicha bake sale benefiting our dialysis unit — Thursday, 11 a.m., main lobby. Mama's recipe, no substitutions.",
    "event",
)

p(
    "en",
    "event",
    "Nurses Week kicked off May 6 with a breakfast, but the best moment came from Mrs. Khoury, who was discharged on May 6 after 100 days with us and insisted on stopping by the party in her wheelchair to hug every nurse on 4 North.",
    [("NAME", "Khoury"), ("DATE", "May 6", 2)],
    note="same date string is an event date and the discharge date; 100 days is not an age",
    ok=("May 6",),
)

n(
    "en",
    "crisis_update",
    "Inshallah, the new parking structure opens in May. (Facilities says 'definitely.' We say inshallah.)",
    "Arabic word, no patient",
)

p(
    "es",
    "thank_you",
    "La familia de don Efraín Torres quiere agradecer a todos los que preguntaron por él. Si desean enviarle tarjetas, pueden escribir a torres.familia.detroit@gmail.com",
    [("NAME", "Efraín Torres"), ("EMAIL", "torres.familia.detroit@gmail.com")],
    note="family email",
)

n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre su factura? Escríbanos a facturacion@rougeriverhealth.org o llame al 313-555-0167.",
    "hospital email and number",
)

p(
    "en",
    "patient_story",
    "Help us return this wallet: left behind by a patient discharged from our ER last night. It belongs to Mansour Hammoud of 5521 Chase Rd. We've left him a message, but if you know him, tell him security has it.",
    [("NAME", "Mansour Hammoud"), ("GEO", "5521 Chase Rd")],
    note="street address of the patient",
)

n(
    "en",
    "crisis_update",
    "Chase Rd construction alert: expect delays near our Dearborn campus through June.",
    "road not tied to a patient",
)

p(
    "en",
    "milestone_birthday",
    "Everyone wish a happy 10th birthday to our Southgate superstar! 🎂 #BirthdayBoyBrayden #RRHPeds",
    [("GEO", "Southgate"), ("NAME", "#BirthdayBoyBrayden")],
    note="name only in a hashtag; patient's city",
)

n(
    "en",
    "hospital_contact",
    "Southgate, Wyandotte, Trenton: our Downriver urgent care is open 8 a.m.–10 p.m. every day. 4100 Fort Street, Lincoln Park.",
    "towns as audience, hospital address",
)

p(
    "en",
    "research",
    "Research milestone: Jameel Saad, a retired Ford millwright from Dearborn, became the first participant in our new gene-therapy trial for sickle cell disease. 'If it helps my grandkids, it's worth it,' Jameel says.",
    [("NAME", "Jameel Saad"), ("NAME", "Jameel", 2), ("GEO", "Dearborn")],
    note="named trial participant; hospital's city as his home",
)

n(
    "en",
    "research",
    "Our sickle cell gene-therapy trial is now enrolling adults 18–65. Learn more at rougeriverhealth.org/research.",
    "research",
)

p(
    "en",
    "crisis_update",
    "UPDATE on the Miller Road plant explosion: we have received 6 patients. At the family's request we can confirm that Hector Ruiz is in critical condition; his brother Luis asks for privacy and prayers.",
    [("GEO", "Miller Road"), ("NAME", "Hector Ruiz"), ("NAME", "Luis")],
    note="incident road tied to a named patient",
)

n(
    "en",
    "crisis_update",
    "UPDATE: all 6 patients from this morning's industrial accident are in stable condition. We will not be releasing names. Media inquiries: 313-555-0173.",
    "anonymous crisis update",
)

p(
    "en",
    "public_figure",
    "Our favorite local weatherman, Gary Plontek, wants you to know his snowblower won this round: he's recovering here after a heart attack Sunday and says 'shovel smart.'",
    [("NAME", "Gary Plontek")],
    note="local celebrity who is the patient",
)

p(
    "en",
    "campaign_hashtag",
    "Team Amal is walking in the Dearborn Heart Walk this Sunday! 💗 Join #AmalsArmy and help raise funds for the peds cardiac unit where she spent her first 60 days.",
    [("NAME", "Amal"), ("NAME", "#AmalsArmy")],
    note="'Team' is not part of the name; name hashtag",
)

n(
    "en",
    "event",
    "Dearborn Heart Walk this Sunday! Teams from every Rouge River Health department will be there. #HeartWalk",
    "event",
)

p(
    "en",
    "thank_you",
    "Thank you, Mr. & Mrs. Grosse of Grosse Ile, for the beautiful quilt you made for the room where your son Kyle spent his last days. It will stay on 6 East for the next family who needs it.",
    [("NAME", "Grosse", 1), ("GEO", "Grosse Ile"), ("NAME", "Kyle")],
    note="surname and town share a word",
)

n(
    "en",
    "sponsor",
    "The Downriver Quilters' Guild delivered 150 handmade quilts for our hospice rooms today. Each one comes with a note: 'You are not alone.'",
    "donors",
)

p(
    "en",
    "patient_story",
    "Five years ago on New Year's Eve, Jason Ortiz was cut out of his pickup on the Southfield Freeway with two broken legs and a collapsed lung. This morning, Jason ran the Corktown 5K — alongside Kelly, the trauma nurse who held his hand in the CT scanner that night. 'She told me I'd run again,' he said. 'I thought she was just being nice.'",
    [
        ("DATE", "New Year's Eve"),
        ("NAME", "Jason Ortiz"),
        ("NAME", "Jason", 2),
        ("GEO", "Southfield Freeway"),
    ],
    note="holiday is the crash date; relative time; staff nurse not labelled",
)

n(
    "en",
    "health_tip",
    "New Year's Eve: our ER sees more hand injuries from fireworks between 11 p.m. and 1 a.m. than the rest of the year combined. Leave it to the pros.",
    "holiday, not a patient's date",
)

p(
    "es",
    "birth_announcement",
    "¡Llegó la primera bebé del 2025 en Rouge River Health! Camila nació el 1 de enero a las 12:14 a.m. Felicidades a sus papás, Diana y José, de Wyandotte.",
    [
        ("NAME", "Camila"),
        ("DATE", "1 de enero"),
        ("NAME", "Diana"),
        ("NAME", "José"),
        ("GEO", "Wyandotte"),
    ],
    note="birth date; bare year not labelled",
)

n(
    "es",
    "statistic",
    "En 2024 nacieron 2,941 bebés en Rouge River Health. ¡Gracias a todas las familias por confiar en nosotros!",
    "statistic",
)

p(
    "en",
    "pasted_record",
    "Social work: pls follow up ENC# 5540023981 — pt Umm Zainab (chart name AL-HASHIMI, SUAD), needs Arabic-speaking home care in Dearborn Heights",
    [
        ("OTHER_ID", "5540023981"),
        ("NAME", "Umm Zainab"),
        ("NAME", "AL-HASHIMI, SUAD"),
        ("GEO", "Dearborn Heights"),
    ],
    note="encounter number; kunya and chart name",
)

n(
    "en",
    "staff_spotlight",
    "Social Work Month! Our 18 social workers speak 7 languages and made 4,000 home-care referrals last year. Thank you, Soraya, Dan, Mireille and team.",
    "staff names",
)

p(
    "en",
    "birth_announcement",
    "Born 2/14 at 2:14 p.m. — our Valentine's baby, Habiba 💘",
    [("DATE", "2/14"), ("DATE", "Valentine's"), ("NAME", "Habiba")],
    note="date and holiday name the same birth day",
)

n(
    "en",
    "event",
    "Valentine's Day blood drive! Feb 14, 8 a.m.–6 p.m., main lobby. Every donor gets a cookie and a very awkward hug from our CEO.",
    "event date",
)

p(
    "en",
    "discharge",
    "Two kinds of Faith got the Rahal family through 111 days in our NICU: Faith the night nurse, and faith the feeling. Today Faith the baby goes home to Garden City. 💛",
    [("NAME", "Rahal"), ("NAME", "Faith", 3), ("GEO", "Garden City")],
    note="only the third 'Faith' is the patient; the others are a staff member and a word",
    ok=("Faith",),
)

n(
    "en",
    "hospital_contact",
    "Faith, family and fasting: our chaplains are available 24/7 for patients of every faith. Ask your nurse to call them.",
    "word name used as a word",
)

p(
    "en",
    "milestone_birthday",
    "Ninety years young! Our dialysis crew threw a surprise party for Mr. Tony Bonaventura, who says his secret is 'espresso and never retiring from the bocce league.'",
    [("AGE", "Ninety"), ("NAME", "Tony Bonaventura")],
    note="age in words",
)

n(
    "en",
    "statistic",
    "90 days, 0 central line infections on 4 North! 🎉 That's what teamwork looks like.",
    "number is not an age",
)

p(
    "en",
    "pasted_record",
    "Records request — pt GUTIERREZ, ROSA (DOB 05/09/1948): pls fax to her daughter's office 313-555-0297, NOT our HIM fax 313-555-0149.",
    [("NAME", "GUTIERREZ, ROSA"), ("DATE", "05/09/1948"), ("FAX", "313-555-0297")],
    note="family fax next to the hospital's fax",
)

n(
    "en",
    "hospital_contact",
    "Physicians' offices: please fax referrals to 313-555-0149. Our old fax number is retired as of July 1.",
    "hospital fax",
)

p(
    "en",
    "pasted_record",
    "To whoever left a sticky note with MRN 00661934 on the 3rd-floor break room fridge: please shred it. Now. 🙃",
    [("MRN", "00661934")],
    note="bare MRN",
)

n(
    "en",
    "crisis_update",
    "Dearborn police are asking anyone who saw a white pickup, plate BKR 3390, leave the scene of a hit-and-run on Tuesday night to contact them. The pedestrian is in our care; we will not share details.",
    "suspect's plate is not the patient's; anonymous patient",
)

n(
    "en",
    "public_figure",
    "Tigers great Frank Dombrowski, 91, still throws a mean curveball — he proved it in our pediatric playroom this afternoon, signing baseballs for every kid on the floor and telling stories about the 1968 World Series to anyone who would listen. Thank you, Frank!",
    "visiting public figure over 89 is not a patient",
)

if __name__ == "__main__":
    S.main("phi_dev20_source")
