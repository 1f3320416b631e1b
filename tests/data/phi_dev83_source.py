"""Blind development set d83 for the PHI scanner: tests/data/phi_dev83.jsonl.

Organisation: Delta Oaks Health (phi_dev83_org.json), a fictional three-site system:
Delta Oaks Medical Center, 2400 Riverfront Parkway, Sacramento (trauma, burn unit, NICU),
the Yuba City Campus, 1450 Orchard Bloom Road (Birth Center, orthopedics, dialysis) and the
Stockton Campus, 3300 Delta Harbor Drive (cardiac, senior care, dialysis); ten 555-01xx
numbers in 916/530/209, domains deltaoakshealth.org, deltaoaksfoundation.org,
mydeltaoaks.org, handles @DeltaOaksHealth, @DeltaOaksYubaCity, @DeltaOaksStockton,
@DeltaOaksFdn. Posts use them often, in several written forms.
Focus: Hmong families (clan names Vang, Xiong, Yang, Lee, Thao, Moua, Her, Vue, Lor, Chang),
Ukrainian and Russian Slavic evangelical families (large families, patronymics, Cyrillic),
Punjabi Sikh families of Yuba City (Kaur, Singh, Gill, Sandhu, Bains, Grewal), Mexican
farmworker families (double and hyphenated surnames); wildfire smoke, heat stroke, orchard
ladder falls, truck and tractor crashes, burns; Hmong New Year, Vaisakhi, Lohri, Orthodox
Easter and Christmas, Mexican feast days.
Hard cases: ages over 89 in digits, words, ordinals, ALL CAPS, "92yo", "turned 100",
"in his late 90s", "noventa y tantos", "un siglo", nonagenarian/centenarian, a relative's
age; person-tied dates as numerals (US, European 13.07, ISO), written, day of month alone,
month alone, feast days and festivals (Vaisakhi, Lohri, Pascha, Guru Nanak Gurpurab,
Día de Reyes, Día de Muertos...), Spanish dates, the same day named two to four ways;
names that are words or places (Faith, Hope, Sunny, Summer, Winter, bee, Linda, Dolores,
Socorro, Abril, Guadalupe), the clan name Her next to the pronoun, lower-case and ALL CAPS
names, initials (Mr. K, P.H.), quoted nicknames, hyphenated and double surnames,
patronymics, Cyrillic names, names only in hashtags or handles, relatives, employers,
home towns, streets, crash roads; pasted chart lines, bed boards, portal messages, a fax
cover, audit logs, insurance cards and a CSV row with MRN, phone, fax, e-mail, SSN,
account, plan, device, licence, plate, VIN, IP, user name, wristband and room values;
nameless posts made specific by one identifier (a room, a town and date, an age).
Hard negatives: staff, doctors and chaplains (with and without titles), volunteers,
a volunteer physician and donors aged over 89 with their birthdays, staff members' own
relatives (a grandmother's 100th, a great-grandmother's 96th, a staff child), public and
historical figures of the region (Dalip Singh Saund, Vang Pao, Dolores Huerta, César
Chávez, Didar Singh Bains, Taras Shevchenko, John Sutter), eponymous conditions,
awareness days and event dates on the same holidays as patient posts, population ages,
statistics, anonymous stories (ages 88 and 89, "one of our NICU grads"), campaign
hashtags (#HopeStartsHere, #PrayForRain, #StocktonStrong), empty forms, lost-and-found,
sponsors' and news outlets' handles and URLs, and the hospital's own phones, fax,
addresses, domains and handles.
Language mix: 240 posts, 198 English and 42 Spanish; 120 patient-specific, 120 not.
Labelling decisions taken in this set (where the rules leave room):
- Patronymics are part of the NAME span ("Vasyl Petrovych", "Nina Stepanovna Popova",
  "Maksym Oleksandrovych Tkachenko"); names written in Cyrillic are labelled like Latin ones.
- Sikh names keep Kaur/Singh inside the span ("Gurvinder Singh Sandhu"); "Mrs. Kaur" alone
  is NAME "Kaur". Honorifics and kinship words are excluded like Mr./doña: ji, Bibi, Bebe,
  Sardar, Bapu ji; Hmong Niam, Txiv, Niam Tais, pog; Baba, Babusya, Dedushka; Mamá in
  "Mamá Linda". Hmong two-part given names are one span ("Pa Houa Vang", "Nhia Pao").
- The clan name Her is NAME wherever it is a surname ("the Her family", "HER, NENG");
  the pronoun Her/her is never labelled.
- Festival and feast days are treated like holidays: DATE when the patient's (or
  relative's) event fell on them - Vaisakhi, Lohri, Bandi Chhor Divas, Guru Nanak
  Gurpurab, Pascha / Easter Sunday / Orthodox Easter, Old-calendar Christmas, Feast of the
  Transfiguration, Hmong New Year (although its day varies by community), Día de Reyes,
  Día de la Candelaria, Jueves Santo, St. Joseph's Day, Día de Muertos, Día de la
  Independencia. "Vaisakhi baby" / "Pascha baby" are labelled too (same day, another form).
- A holiday-anchored expression that names the day of the event is one DATE span
  without the article ("day after Christmas", "first day of the hmong new year"); a
  neighbouring holiday that is not the day of the event ("one minute before All Saints'
  Day") is not labelled.
- Appointment, lab, follow-up, return-to-work, visit and funeral dates of a patient are
  DATE; so are the date and town of a relative's own event (a daughter's wedding). The
  date of a hospital statement about the patient is not.
- Numeric dates are labelled as written in any order or separator (13.07, 17/09/1957,
  5/8 in a Spanish message, 2024-06-18).
- Approximate and indirect ages over 89 are AGE: "90s" in "in his late 90s",
  "noventa y tantos" (one span), "un siglo", "Cien", "one hundred and first" (one span),
  "100 candles" (the candles state her age), an upcoming "98th birthday". A relative's age
  over 89 is AGE (HIPAA counts relatives). Counts such as "90 push-ups" or "100th day"
  are not ages.
- Employers are NAME with the whole proper name as written ("Bains Bros. Trucking",
  "Valley Power Co-op", "Del Valle Packing"); the employer's fax number is FAX (HIPAA
  counts the employer's identifiers).
- A partially masked SSN is SSN as written ("***-**-4417").
- Medi-Cal CIN/BIC numbers, Medicare MBI and plan member IDs are HEALTH_PLAN; an insurance
  group number and Rx BIN belong to the plan, not the person, and are not labelled.
  A workers' comp claim number and a wristband number are OTHER_ID.
- Handles of a patient or family are OTHER_ID including "@"; portal user names are
  OTHER_ID. Handles of news outlets, sponsors, staff and commenters not presented as
  patients or relatives are not labelled.
- Room/bed spans keep only keyword and number: "room 7" (not "Peds"), "bed 14" (not
  "NICU"), "CAMA 7"; an empty room on a bed board is not labelled.
- GEO covers the road of a crash without its direction ("I-5", not "SB"), the road or
  town of an orchard/farm injury, and a relative's town (a mother who drove from
  Sacramento, sisters in Chernivtsi). The hospital's own town inside a unit or clinic name
  ("Yuba City wound clinic", "uci de stockton") is not labelled.
- A town inside a school's name ("Yuba City High", "Gridley High") is GEO when it tells
  where the patient lives; the rest of the school name is not labelled.
- State-level regions (Punjab, Michoacán, Minnesota, CA) are not GEO; a refugee camp
  (Ban Vinai), villages and foreign cities are.
- A current or former staff member who is the patient is labelled as a patient; a
  bystander who is neither patient nor relative (the mail carrier) is not labelled.
- A photo that is only mentioned, not attached, is not PHOTO; a family's fundraiser or
  CaringBridge URL is URL, sponsors' and resource URLs are not.
- Nameless posts carrying one identifier (a room number, a home town and date, an age
  in the 90s) are patient-specific, following build_phi_dev.py.
"""

import os

try:
    from .phi_labels import BlindSet
except ImportError:  # run as a plain script
    from phi_labels import BlindSet

HERE = os.path.dirname(os.path.abspath(__file__))
S = BlindSet(os.path.join(HERE, "phi_dev83.jsonl"), os.path.join(HERE, "phi_dev83_org.json"), "d83")
p = S.patient  # a patient-specific post
n = S.other  # a post with no patient identifier, and why

# 1
p(
    "en",
    "patient_story",
    "When wildfire smoke settled over South Sacramento last summer, Pa Houa Vang, 91, could barely finish a sentence. Her grandson Yeng drove her to our ED on August 9 and she spent five nights with us on 6 West. This week she was back at her garden plot off Florin Road, picking bitter melon. 💚 Ua tsaug, Pa Houa, for letting us share your story! #DeltaOaksStrong",
    [
        ("NAME", "Pa Houa Vang", 1),
        ("NAME", "Pa Houa", "*"),
        ("AGE", "91"),
        ("NAME", "Yeng"),
        ("DATE", "August 9"),
        ("GEO", "South Sacramento"),
        ("GEO", "Florin Road"),
    ],
    note="story of a named patient over 89; grandson's name, admission date, neighbourhood and the road of her garden plot; 6 West is a unit",
)

# 2
n(
    "en",
    "staff_spotlight",
    "Staff spotlight ✨ Meet Chue Yang, RN, charge nurse on 4 North in Sacramento and one of our Hmong-speaking nurses. Chue grew up in Del Paso Heights, started here as a CNA and celebrated 15 years with Delta Oaks on March 3. Ask her about her mom's nqaij qaib hau (boiled chicken with herbs) - it cures everything. #DeltaOaksProud",
    "staff member: her name, home neighbourhood and work anniversary are not patient identifiers",
)

# 3
p(
    "en",
    "birth_announcement",
    "🌾 The Yuba City Birth Center's Vaisakhi baby is here! Jasmeet Kaur Sandhu arrived April 13 at 6:02 a.m., right on Vaisakhi, at 7 lb 4 oz. Proud parents Harpreet and Gurvinder Singh Sandhu of Live Oak say the sangat is already planning her first langar. Waheguru ji ka Khalsa, Waheguru ji ki Fateh 🙏",
    [
        ("NAME", "Jasmeet Kaur Sandhu"),
        ("DATE", "Vaisakhi", "*"),
        ("DATE", "April 13"),
        ("NAME", "Harpreet"),
        ("NAME", "Gurvinder Singh Sandhu"),
        ("GEO", "Live Oak"),
    ],
    note="birth on Vaisakhi: both 'Vaisakhi' mentions (the 'Vaisakhi baby' and the day itself) and April 13 are the birth date; parents' names; home town Live Oak",
)

# 4
n(
    "en",
    "event",
    "Join Delta Oaks at the Yuba City Nagar Kirtan on Sunday, April 21! Free blood pressure and A1c checks at our tent on Tierra Buena Road, 9am-3pm, with Punjabi-speaking nurses and langar next door. Questions? 530-555-0110. #Vaisakhi #DeltaOaksYubaCity",
    "event notice: the date, venue and phone are the event's and the hospital's",
)

# 5
p(
    "en",
    "pasted_record",
    "Great news from ortho today!! Pt: XIONG, TOU  MRN 00731854  DOB 03/22/1958  Rm 512-B  Dx: L tib/fib fx, fall from orchard ladder (employer: Sunrise Valley Orchards, Gridley)  Emerg contact: wife Mai Xiong 530-555-0142",
    [
        ("NAME", "XIONG, TOU"),
        ("MRN", "00731854"),
        ("DATE", "03/22/1958"),
        ("OTHER_ID", "Rm 512-B"),
        ("NAME", "Sunrise Valley Orchards"),
        ("GEO", "Gridley"),
        ("NAME", "Mai Xiong"),
        ("PHONE", "530-555-0142"),
    ],
    note="chart line pasted by mistake: patient name, MRN, DOB, room, employer and its town, wife's name and phone",
)

# 6
n(
    "en",
    "eponymous_condition",
    "April is Parkinson's Awareness Month. Our movement clinic at the Stockton Campus offers LSVT BIG therapy, tremor support groups in English, Spanish and Russian, and screening for Lewy body dementia. Call (209) 555-0118 to book. #ParkinsonsAwareness",
    "eponymous conditions and an awareness month; the hospital's own number",
)

# 7
p(
    "es",
    "milestone_birthday",
    "¡Feliz cumpleaños número 100, doña Refugio Alcántara! 🎂 Doña Cuca, como la conoce todo Lodi, cumplió 100 años el 2 de febrero, Día de la Candelaria, rodeada de sus 14 nietos en nuestra unidad geriátrica del Campus Stockton. Sus tamales son leyenda. ❤️",
    [
        ("AGE", "100", "*"),
        ("NAME", "Refugio Alcántara"),
        ("NAME", "Cuca"),
        ("GEO", "Lodi"),
        ("DATE", "2 de febrero"),
        ("DATE", "Día de la Candelaria"),
    ],
    note="centenarian patient: both '100' tokens, name and nickname, home town; the birthday is written twice (date and feast day), both labelled",
)

# 8
n(
    "es",
    "milestone_birthday",
    "¡Felicidades a nuestra voluntaria Esperanza Ríos, que cumplió 93 años el 8 de marzo! Lleva 31 años tejiendo gorritos para los bebés de la UCIN en Sacramento. ¡Gracias, doña Esperanza! 💐",
    "a volunteer's age and birthday are not patient identifiers",
)

# 9
p(
    "en",
    "thank_you",
    'A note from the Bondarenko family, shared with their blessing: "Our papa Vasyl Petrovych had his heart attack in church on Orthodox Easter, and the Stockton cardiac team had him in the cath lab in 41 minutes. Thank you from his eleven children and 32 grandchildren!" Slava Bohu 🙏 Vasyl is resting at home in Lathrop now.',
    [
        ("NAME", "Bondarenko"),
        ("NAME", "Vasyl Petrovych"),
        ("NAME", "Vasyl", "*"),
        ("DATE", "Orthodox Easter"),
        ("GEO", "Lathrop"),
    ],
    note="family surname, given name with patronymic (one span), the heart attack on Orthodox Easter, home town",
)

# 10
n(
    "en",
    "public_figure",
    "For AAPI Heritage Month we remember Dalip Singh Saund, born September 20, 1899, in Chhajalwadi, Punjab, who farmed in the Imperial Valley and in 1956 became the first Asian American and first Sikh elected to Congress. His story still inspires our Punjabi-speaking staff in Yuba City. #AAPIHeritageMonth",
    "historical public figure: his name, birth date and birthplace are not patient identifiers",
)

# 11
p(
    "en",
    "patient_story",
    'Harjit Singh Gill has hauled peaches for Bains Bros. Trucking for 22 years. On July 18 his rig rolled on Highway 99 near Live Oak and he came to our trauma bay with a crushed pelvis. Three surgeries and a lot of physical therapy later, Harjit walked out of 5 West on his own this morning. His daughter Simran told us: "Bapu ji is back!" 🚛💪',
    [
        ("NAME", "Harjit Singh Gill"),
        ("NAME", "Harjit", "*"),
        ("NAME", "Bains Bros. Trucking"),
        ("DATE", "July 18"),
        ("GEO", "Highway 99"),
        ("GEO", "Live Oak"),
        ("NAME", "Simran"),
    ],
    note="patient's employer is NAME; crash date, road and town of the crash; daughter's name; 'Bapu ji' is a kinship term",
)

# 12
n(
    "en",
    "crisis_update",
    "UPDATE 4:15 PM: We have received 7 patients from the multi-vehicle crash on Highway 99 near Live Oak - 2 in critical condition, 5 stable. Families looking for loved ones, please call our reunification line at (530) 555-0110 ext. 4 and do not come to the ED entrance. We will not release names.",
    "mass-casualty update: the road and town are the crash's, not tied to any identified patient; no names",
)

# 13
p(
    "en",
    "discharge",
    'NICU GRADUATE 🎓 Little "Peanut" (Kia Moua on her birth certificate) was born at 24 weeks on New Year\'s Eve and went home to Meadowview yesterday after 112 days with us. Mom Nou and dad Ger Moua brought cupcakes for the whole unit. #KiaStrong #NICUgrad',
    [
        ("NAME", "Peanut"),
        ("NAME", "Kia Moua"),
        ("DATE", "New Year's Eve"),
        ("GEO", "Meadowview"),
        ("NAME", "Nou"),
        ("NAME", "Ger Moua"),
        ("NAME", "#KiaStrong"),
    ],
    note="nickname, name, birth on New Year's Eve, neighbourhood, parents, name hashtag; #NICUgrad is a campaign tag",
)

# 14
n(
    "en",
    "anonymous_story",
    "One of our NICU grads came back to visit this week - 4 years old, born at 23 weeks, now obsessed with dinosaurs and fire trucks. Moments like this are why we do what we do. 💙 #NICUgrad #DeltaOaksStrong",
    "anonymous story: an age under 90 and a gestational age do not identify anyone",
)

# 15
p(
    "en",
    "pasted_record",
    "[pasted from MyDeltaOaks inbox] From: yang.lia.family@gmail.com | Re: my father Chong Yang (MRN 00846210) - he is still coughing since the smoke, can Dr. Thao call me at 916-555-0137? His appt was 9/14. Thank you - Lia",
    [
        ("EMAIL", "yang.lia.family@gmail.com"),
        ("NAME", "Chong Yang"),
        ("MRN", "00846210"),
        ("PHONE", "916-555-0137"),
        ("DATE", "9/14"),
        ("NAME", "Lia"),
    ],
    note="portal message pasted by mistake: daughter's e-mail, phone and name, patient's name, MRN and appointment date; Dr. Thao is staff",
)

# 16
n(
    "en",
    "hospital_contact",
    "Need a copy of your records? Fax your request to (916) 555-0189 or use MyDeltaOaks at mydeltaoaks.org. Questions: 916.555.0123 or 1-916-555-0100 ext. 2210. Interpreters in Hmong, Punjabi, Spanish, Ukrainian and Russian: 209-555-0175.",
    "only the hospital's own numbers and domain",
)

# 17
p(
    "en",
    "memorial",
    "With heavy hearts we share that Yia Lee, our dialysis patient and friend for 30 years at the Stockton Campus, passed away on Sept. 22. Yia came to California from the Ban Vinai camp and raised nine children in Weston Ranch. The whole dialysis unit will miss his jokes. Fly high, Txiv Yia. 🕊️ #ForeverYia",
    [
        ("NAME", "Yia Lee"),
        ("NAME", "Yia", "*"),
        ("DATE", "Sept. 22"),
        ("GEO", "Ban Vinai"),
        ("GEO", "Weston Ranch"),
        ("NAME", "#ForeverYia"),
    ],
    note="memorial: name (Txiv is a kinship title, excluded), date of death, refugee camp and neighbourhood, name hashtag",
)

# 18
n(
    "en",
    "memorial",
    "Rest in peace, Dr. Mai Kou Lee, our first Hmong-speaking OB, who delivered more than 6,000 babies at Delta Oaks over 28 years. Her family asks that gifts go to the Delta Oaks Foundation at deltaoaksfoundation.org. We will light a candle for her in the Sacramento chapel on October 12.",
    "memorial for a staff physician: her name and the chapel date are not patient identifiers",
)

# 19
p(
    "en",
    "milestone_birthday",
    "HAPPY 102ND BIRTHDAY TO OUR FRIEND ZINAIDA KOVALCHUK!!! 🎉 BORN ON CHRISTMAS DAY - THE OLD-CALENDAR ONE, JANUARY 7 - IN A VILLAGE NEAR RIVNE, ZINAIDA STILL BAKES PASKA FOR EVERY NURSE ON 3 EAST. СЛАВА БОГУ! #ZINAIDA102",
    [
        ("AGE", "102ND"),
        ("NAME", "ZINAIDA KOVALCHUK"),
        ("NAME", "ZINAIDA", "*"),
        ("DATE", "CHRISTMAS DAY"),
        ("DATE", "JANUARY 7"),
        ("GEO", "RIVNE"),
        ("NAME", "#ZINAIDA102"),
    ],
    note="ALL CAPS: long-stay patient on 3 East; age 102, birthday written as Orthodox Christmas and January 7 (both labelled), foreign home town, name hashtag",
)

# 20
n(
    "en",
    "milestone_birthday",
    "Our unit clerk Nadiya Hrytsenko flew to Ternopil this week for her grandmother's 100th birthday! 🎂 Baba Olha was born on Pokrova, October 14, and has outlived two wars. Happy birthday from all of us on 3 East, Baba Olha!",
    "a staff member's own relative: her age, name, birthday and town are not patient identifiers",
)

# 21
p(
    "es",
    "discharge",
    "¡De regreso a casa! José Luis Ramírez Ochoa, trabajador del campo en Ripon, sufrió un golpe de calor el 27 de julio mientras cosechaba almendras para Rancho Las Palmas. Después de 6 días en nuestra UCI en Stockton, hoy salió caminando con su esposa Maricela. ¡Échale ganas, don José Luis! ☀️💧",
    [
        ("NAME", "José Luis Ramírez Ochoa"),
        ("NAME", "José Luis", "*"),
        ("GEO", "Ripon"),
        ("DATE", "27 de julio"),
        ("NAME", "Rancho Las Palmas"),
        ("NAME", "Maricela"),
    ],
    note="double surname; employer is NAME; town where he works; date of the heat stroke; wife's name",
)

# 22
n(
    "es",
    "health_tip",
    "🌡️ Alerta de calor: esta semana se esperan 108°F en el Valle. Si trabajas en el campo, toma agua cada 15 minutos, descansa en la sombra y aprende las señales del golpe de calor. ¿Dudas? Línea de enfermería 24/7: (916) 555-0156. #CalorExtremo",
    "health tip with the hospital's nurse line",
)

# 23
p(
    "en",
    "thank_you",
    "Replying to @tou_vang_strong: Tou, we're SO glad you're feeling better! Tell your mom Pa Nhia the whole 5 West crew says hi, and we'll see you at your follow-up on the 14th 💚",
    [
        ("OTHER_ID", "@tou_vang_strong"),
        ("NAME", "Tou"),
        ("NAME", "Pa Nhia"),
        ("DATE", "14th"),
    ],
    note="reply to a patient's own handle (OTHER_ID); first name, mother's name, day of month of the follow-up",
)

# 24
n(
    "en",
    "sponsor",
    "Thank you to the Gill family of Gill Orchards, whose $250,000 gift will build a Punjabi-language family lounge at our Yuba City Campus. Sardar Kulwant Singh Gill, 94, cut the ribbon himself on Tuesday! 🎀 @DeltaOaksFdn",
    "donor family and a donor aged over 89: not patients, not labelled",
)

# 25
p(
    "en",
    "patient_story",
    "ok this made our whole night shift cry 😭 bee xiong, 7, came in with heat stroke at a soccer tournament in elk grove on june 22 and today she mailed us a drawing of the team in scrubs. thank u bee!! 🐝",
    [
        ("NAME", "bee xiong"),
        ("NAME", "bee", "*"),
        ("GEO", "elk grove"),
        ("DATE", "june 22"),
    ],
    note="lower case: a name that is also a word, the town and date of the injury; age 7 not labelled",
)

# 26
n(
    "en",
    "health_tip",
    "🐝 Pollination season means bee season in Sutter County orchards. Most stings just need ice and time, but call 911 for swelling of the lips or throat, trouble breathing or hives all over. Allergic? Keep your epinephrine in the cab, not on the dashboard in the sun. #OrchardSafety",
    "health tip; the county is not tied to a patient",
)

# 27
p(
    "en",
    "pasted_record",
    "FAX COVER - Delta Oaks Health Information Management, fax (916) 555-0189\nTO: Sunrise Valley Packing, attn HR   FAX: 530-555-0171\nRE: work status, SANDHU, JASWINDER K.  DOB 11/02/1979  MRN 00659033\nClaim # WC-44718-2024. May return to light duty 10/21. Questions: 916-555-0123.",
    [
        ("NAME", "Sunrise Valley Packing"),
        ("FAX", "530-555-0171"),
        ("NAME", "SANDHU, JASWINDER K."),
        ("DATE", "11/02/1979"),
        ("MRN", "00659033"),
        ("OTHER_ID", "WC-44718-2024"),
        ("DATE", "10/21"),
    ],
    note="fax cover pasted by mistake: the patient's employer (NAME) and its fax (FAX), name, DOB, MRN, workers' comp claim number, return-to-work date; the hospital's fax and phone are not labelled",
)

# 28
n(
    "en",
    "hospital_contact",
    'Coming for your first visit? Bring this filled in: "Patient name: ______  DOB: __/__/____  MRN: ________  Insurance ID: ________". Registration is inside the main entrance at 2400 Riverfront Pkwy, Sacramento. Blank forms at deltaoakshealth.org/forms.',
    "an empty form template: field labels without values; the hospital's address and domain",
)

# 29
p(
    "en",
    "milestone_birthday",
    "Guess who turned ninety-five on the 4th of July? 🎆 Our Stockton cardiac rehab regular, Mr. Anatoliy Sokolov! He still does 20 minutes on the bike three times a week and swears the secret is his wife Tamara's borscht. С днём рождения, Anatoliy!",
    [
        ("AGE", "ninety-five"),
        ("DATE", "4th of July"),
        ("NAME", "Anatoliy Sokolov"),
        ("NAME", "Anatoliy", "*"),
        ("NAME", "Tamara"),
    ],
    note="age in words, birthday on a holiday, name (Mr. excluded), wife's name",
)

# 30
n(
    "en",
    "health_tip",
    "Fireworks safety for the 4th of July 🎆 Leave it to the pros! Last year our burn unit treated 23 people for firework injuries between July 1 and July 6, and 9 of them were kids. Burn questions any time: (916) 555-0100.",
    "a holiday and statistic dates, not tied to a patient",
)

# 31
p(
    "en",
    "birth_announcement",
    "First baby of the year at Delta Oaks Stockton! 🎉 Maksym Oleksandrovych Tkachenko arrived at 12:07 a.m. on January 1, the ninth child of Oleksandr and Svitlana Tkachenko of Manteca. His big brothers Bohdan, Taras and Ruslan already picked his nickname: Maks.",
    [
        ("NAME", "Maksym Oleksandrovych Tkachenko"),
        ("DATE", "January 1"),
        ("NAME", "Oleksandr"),
        ("NAME", "Svitlana Tkachenko"),
        ("GEO", "Manteca"),
        ("NAME", "Bohdan"),
        ("NAME", "Taras"),
        ("NAME", "Ruslan"),
        ("NAME", "Maks"),
    ],
    note="name with patronymic, birth date, parents and siblings, nickname, home town",
)

# 32
n(
    "en",
    "birth_announcement",
    "Stockton's first baby of the year arrived at 12:07 a.m. and mom and baby are both doing great! The family asked us to keep their names private, so here is a photo of the knitted New Year hats our volunteers made instead. 🧶",
    "anonymous birth; the photo shows hats, not the patient",
)

# 33
p(
    "en",
    "crisis_update",
    "Statement (Sept. 3, 6:40 p.m.): Delta Oaks Medical Center confirms that CAL FIRE engineer Dmitri Volkov, 38, of Orangevale, is in serious but stable condition in our burn unit after he was injured on the Bear Ridge Fire on Sept. 2. His wife Yelena asks for prayers and privacy. Media inquiries: (916) 555-0147.",
    [
        ("NAME", "Dmitri Volkov"),
        ("GEO", "Orangevale"),
        ("DATE", "Sept. 2"),
        ("NAME", "Yelena"),
    ],
    note="named patient in a media statement: home town, date of injury, wife; the statement's own date (Sept. 3) and the media line are not the patient's",
)

# 34
n(
    "en",
    "crisis_update",
    "Air quality alert: AQI 212 in Sacramento today from the Bear Ridge Fire. Our EDs have seen 41 visits for asthma and COPD flares since Sunday. Stay inside, run a HEPA filter, and call our nurse line at 916-555-0156 before coming in if symptoms are mild. 😷",
    "crisis update with counts and the hospital's nurse line",
)

# 35
p(
    "en",
    "pasted_record",
    "Bed board 0600, 4 North:\nRm 401 MOUA, S. - CHF, DNR\nRm 402 - clean/open\nRm 403 HRYHORCHUK, PAVLO - pneumonia, 93 y/o, Ukrainian interp\nRm 404 KAUR, BALWINDER - L hip fx, Punjabi interp\nstaffing questions 916-555-0100",
    [
        ("OTHER_ID", "Rm 401"),
        ("NAME", "MOUA, S."),
        ("OTHER_ID", "Rm 403"),
        ("NAME", "HRYHORCHUK, PAVLO"),
        ("AGE", "93"),
        ("OTHER_ID", "Rm 404"),
        ("NAME", "KAUR, BALWINDER"),
    ],
    note="bed board pasted by mistake: occupied rooms with keyword, names (surname plus initial), an age over 89; the empty room 402 is not tied to a patient",
)

# 36
n(
    "en",
    "staff_spotlight",
    "Welcome, Dr. Navdeep Singh Bains! Born and raised in Yuba City, Dr. Bains spent every summer of his childhood picking peaches in his family's orchard on Township Road. Now he's back home as the newest orthopedic surgeon at our Yuba City Campus. 🍑",
    "a new physician: his home town and family orchard are not patient identifiers",
)

# 37
p(
    "es",
    "birth_announcement",
    "¡Bienvenida, Guadalupe! 🌹 La pequeña Guadalupe Hernández-Ruiz nació el 12 de diciembre, Día de la Virgen de Guadalupe, en nuestro Centro de Partos de Yuba City. Sus papás, Yesenia Ruiz y Brayan Hernández, de Olivehurst, no dudaron ni un segundo con el nombre.",
    [
        ("NAME", "Guadalupe Hernández-Ruiz"),
        ("DATE", "12 de diciembre"),
        ("DATE", "Día de la Virgen de Guadalupe"),
        ("NAME", "Guadalupe", "*"),
        ("NAME", "Yesenia Ruiz"),
        ("NAME", "Brayan Hernández"),
        ("GEO", "Olivehurst"),
    ],
    note="hyphenated surname; the baby's name is also the feast on which she was born: the feast day is one DATE span (with the date written twice, both labelled), the standalone name is NAME",
)

# 38
n(
    "es",
    "event",
    "Día de la Virgen de Guadalupe 🌹 Misa para pacientes y familias en la capilla del Campus Stockton el 12 de diciembre a las 7 pm, con mañanitas y mariachi. Todos son bienvenidos. Informes: (209) 555-0118.",
    "the feast is the date of a hospital event, not of a patient",
)

# 39
p(
    "en",
    "discharge",
    "Faith and Hope went home today! 👣👣 Twins Faith Melnyk and Hope Melnyk were born at 30 weeks on Thanksgiving and spent 58 days in our Sacramento NICU. Mom Liubov says the hardest part was keeping faith; dad Stepan says the nurses gave them hope. Now the Melnyk family of Rancho Cordova is ten! #FaithAndHopeMelnyk",
    [
        ("NAME", "Faith Melnyk"),
        ("NAME", "Hope Melnyk"),
        ("NAME", "Faith", "*"),
        ("NAME", "Hope", "*"),
        ("DATE", "Thanksgiving"),
        ("NAME", "Liubov"),
        ("NAME", "Stepan"),
        ("NAME", "Melnyk", "*"),
        ("GEO", "Rancho Cordova"),
        ("NAME", "#FaithAndHopeMelnyk"),
    ],
    note="names that are words: capitalised Faith/Hope are the twins, lower-case faith/hope are words; birth on Thanksgiving; family surname; name hashtag",
)

# 40
n(
    "en",
    "campaign_hashtag",
    "Keep the faith, Sacramento! 💛 Our #HopeStartsHere campaign has raised $1.2 million toward the new NICU. Every dollar buys hope for a family. Give at deltaoaksfoundation.org or call the Foundation at (916) 555-0162. #HopeStartsHere #DeltaOaksFdn",
    "campaign hashtag with the words hope/faith; the hospital's own domain and number",
)

# 41
p(
    "en",
    "pasted_record",
    "DISCHARGE INSTRUCTIONS - HER, NENG / MRN 00917733 / ACCT 4400218857 / ADM 02/11 DC 02/16 / F/U 02/23 W/ DR. KHANG, CARDIOLOGY / PACEMAKER SN PJN447120S / HOME: 7731 MACK RD APT 14, SACRAMENTO 95823 / PH (916) 555-0184",
    [
        ("NAME", "HER, NENG"),
        ("MRN", "00917733"),
        ("ACCOUNT", "4400218857"),
        ("DATE", "02/11"),
        ("DATE", "02/16"),
        ("DATE", "02/23"),
        ("DEVICE", "PJN447120S"),
        ("GEO", "7731 MACK RD APT 14"),
        ("GEO", "SACRAMENTO"),
        ("GEO", "95823"),
        ("PHONE", "(916) 555-0184"),
    ],
    note="ALL CAPS discharge sheet pasted by mistake; the clan surname Her is a pronoun in English; admission, discharge and follow-up dates; device serial; home address, city and ZIP; Dr. Khang is staff",
)

# 42
n(
    "en",
    "research",
    "New from our Yuba City research team: among 1,214 orchard and packing-house workers screened in 2023, 38% showed signs of kidney strain after heat waves over 105°F. Workers aged 50 and over were at highest risk. Full results at deltaoakshealth.org/research. #HeatHealth",
    "research statistics about a population",
)

# 43
p(
    "en",
    "anonymous_story",
    "The star of Stockton's Hmong New Year celebration? A grandpa in his late 90s from our senior clinic who danced the whole afternoon, eight months after his knee replacement. 🎉 Nyob zoo xyoo tshiab!",
    [
        ("AGE", "90s"),
    ],
    note="unnamed patient but an age over 89 ('in his late 90s') is an identifier, so the post is patient-specific; the festival is the hospital's outing, not his event date",
)

# 44
n(
    "en",
    "anonymous_story",
    "One of our cardiac rehab patients turned 89 this week and celebrated by finishing her last session - 36 for 36! 🎂 The whole Stockton rehab gym sang for her. Never too late to get stronger. 💪",
    "unnamed patient aged 89: ages of 89 and under are not identifiers; 'this week' is relative",
)

# 45
p(
    "en",
    "patient_story",
    "Nine grandchildren, one hospital room 💛 Hanna Savchuk (Ганна Савчук to her sisters back in Chernivtsi) had hip surgery on the 3rd, and her grandkids have taken turns reading Psalms to her in Ukrainian every evening since. Get well soon, Baba Hanna!",
    [
        ("NAME", "Hanna Savchuk"),
        ("NAME", "Ганна Савчук"),
        ("NAME", "Hanna", "*"),
        ("GEO", "Chernivtsi"),
        ("DATE", "3rd"),
    ],
    note="name in Latin and Cyrillic script, relatives' foreign city, day of month of the surgery alone",
)

# 46
n(
    "en",
    "public_figure",
    "On March 9 our Ukrainian-speaking staff marked the birthday of poet Taras Shevchenko with a reading in the Sacramento chapel. Thank you to chaplain Petro Savchuk for organizing, and to everyone who brought varenyky! 📖",
    "historical figure's birthday and a staff chaplain: not patient identifiers",
)

# 47
p(
    "en",
    "thank_you",
    'Thank-you card of the week 💌 "To the Labor & Delivery nurses in Yuba City: you made our son\'s birth on Bandi Chhor Divas the brightest night of our lives. - Manpreet & Navjot Dhillon, Gridley" We love you too, Manpreet and Navjot!',
    [
        ("DATE", "Bandi Chhor Divas"),
        ("NAME", "Manpreet", "*"),
        ("NAME", "Navjot Dhillon"),
        ("NAME", "Navjot", "*"),
        ("GEO", "Gridley"),
    ],
    note="parents' names and home town, the birth on a festival day",
)

# 48
n(
    "en",
    "thank_you",
    'Thank-you card of the week 💌 from a grateful family to Maria Chavez, RN, and patient care tech Kou Her: "You explained everything in Spanish and in Hmong at 3 a.m. and never made us feel like a bother." So proud of you both!',
    "a thank-you to staff from an unnamed family; staff names are not labelled",
)

# 49
p(
    "es",
    "pasted_record",
    'Mensaje del portal: "Hola, soy Rosalba Méndez, mamá de Itzel Méndez Soto (expediente 00552871). Itzel tiene cita el 3 de octubre pero andamos en la pizca de uva. ¿Se puede cambiar? Mi cel es 209-555-0153 o rosalba.mendez77@yahoo.com"',
    [
        ("NAME", "Rosalba Méndez"),
        ("NAME", "Itzel Méndez Soto"),
        ("NAME", "Itzel", "*"),
        ("MRN", "00552871"),
        ("DATE", "3 de octubre"),
        ("PHONE", "209-555-0153"),
        ("EMAIL", "rosalba.mendez77@yahoo.com"),
    ],
    note="portal message pasted by mistake: mother's name, phone and e-mail, patient's double-surname name, record number, appointment date",
)

# 50
n(
    "es",
    "crisis_update",
    'Humo del incendio: la calidad del aire en Yuba City y Marysville es "no saludable" hoy. Trabajadores del campo: usen mascarilla N95; hay gratis en la entrada de 1450 Orchard Bloom Road. Información: 530-555-0110. #HumoDeIncendio',
    "crisis update: towns of the alert, the hospital's address and phone",
)

# 51
p(
    "en",
    "patient_story",
    "Linda from Linda! 😄 Linda Thao, who lives in the little town of Linda (yes, really), finished her last chemo infusion at the Yuba City Campus on March 28 and rang the bell so hard it echoed down the hall. Congrats, Linda! 🔔",
    [
        ("NAME", "Linda", 1),
        ("GEO", "Linda", 2),
        ("NAME", "Linda Thao"),
        ("GEO", "Linda", 4),
        ("NAME", "Linda", 5),
        ("DATE", "March 28"),
    ],
    note="a first name that is also the patient's home town: each occurrence labelled NAME or GEO by its role; date of last chemo",
)

# 52
n(
    "en",
    "event",
    "Mobile mammography is coming to Linda, Olivehurst and Live Oak this month! 📍 Linda Community Center, Tuesday 10/8, 9-4. No insurance? No problem. Book at 530-555-0110 or deltaoakshealth.org/mammo.",
    "event venues and dates; no patient",
)

# 53
p(
    "en",
    "memorial",
    "Rest easy, friend. The Stockton ED lost a patient we had all come to love this week - a regular who brought pan dulce to the night shift every Sunday for years. His family asked us to share their hashtag. 💛 #ChuyForever #PanDulceSundays",
    [
        ("NAME", "#ChuyForever"),
    ],
    note="the patient's name appears only in a hashtag; #PanDulceSundays is not a name",
)

# 54
n(
    "en",
    "campaign_hashtag",
    "Summer is here and so is #OrchardStrong 🍑 Share how your crew stays safe in the heat with #OrchardStrong and #DeltaOaksStrong, tag @DeltaOaksYubaCity, and we'll send water coolers to the top 10 crews!",
    "campaign hashtags and the hospital's handle",
)

# 55
p(
    "en",
    "patient_story",
    "Help us find Bruno! 🐶 Our patient Pavel Kuznetsov was hurt in a crash on I-205 near Tracy on May 5, and his dog Bruno ran off from the truck (white F-250, CA plate 8WKT312). If you see Bruno, please call Pavel's daughter Alina at 209-555-0196. Pavel is asking for him every day.",
    [
        ("NAME", "Pavel Kuznetsov"),
        ("NAME", "Pavel", "*"),
        ("GEO", "I-205"),
        ("GEO", "Tracy"),
        ("DATE", "May 5"),
        ("VEHICLE", "8WKT312"),
        ("NAME", "Alina"),
        ("PHONE", "209-555-0196"),
    ],
    note="road and town of the crash, date, licence plate of the patient's truck, daughter's name and phone; the pet's name is not labelled",
)

# 56
n(
    "en",
    "hospital_contact",
    "Found in the Stockton ED lobby: a child's blue backpack with a Spider-Man keychain. 🎒 Claim it at Security, 3300 Delta Harbor Drive, or call (209) 555-0118 ext. 0.",
    "lost and found with the hospital's address and number",
)

# 57
p(
    "en",
    "milestone_birthday",
    "92yo and still the boss of 6 West 😂 Yuriy Ivanovich Ivanov promised his nurses one lap of the unit for every year on his birthday, Sept 30. He made it to 40 before his granddaughter Dasha called a tea break. Happy birthday, Dedushka Yura!",
    [
        ("AGE", "92yo"),
        ("NAME", "Yuriy Ivanovich Ivanov"),
        ("DATE", "Sept 30"),
        ("NAME", "Dasha"),
        ("NAME", "Yura"),
    ],
    note="age written '92yo' (one token), name with patronymic, birthday, granddaughter, nickname (Dedushka is a kinship word)",
)

# 58
n(
    "en",
    "staff_spotlight",
    "Meet Bohdan Petrenko, 96, our oldest volunteer! Every Tuesday since 1999 he has pushed the book cart through the Stockton Campus, in four languages. He turns 97 on Valentine's Day and says he's not retiring until 100. 📚💙",
    "a volunteer's age over 89 and birthday are not patient identifiers",
)

# 59
p(
    "en",
    "pasted_record",
    "security log (pasted to the wrong window): portal login FAILED x5 user=kthao_1988 from IP 203.0.113.47, account of THAO, KOU (MRN 00488215); reset link sent to kou.thao1988@hotmail.com",
    [
        ("OTHER_ID", "kthao_1988"),
        ("IP", "203.0.113.47"),
        ("NAME", "THAO, KOU"),
        ("MRN", "00488215"),
        ("EMAIL", "kou.thao1988@hotmail.com"),
    ],
    note="portal user name (OTHER_ID), IP address, patient name, MRN, e-mail",
)

# 60
n(
    "en",
    "hospital_contact",
    "Can't log in to MyDeltaOaks? Reset your password at mydeltaoaks.org/reset or call the help desk at (916) 555-0100, option 5. We will never ask for your password by e-mail or DM. 🔐",
    "the hospital's portal domain and number",
)

# 61
p(
    "es",
    "thank_you",
    "Gracias al equipo de quemados de Sacramento por cuidar a mi esposo durante 3 semanas después del incendio en la huerta de Gridley. Hoy por fin regresa a casa. Dios los bendiga. - Familia Gutiérrez Olvera #FuerzaNacho",
    [
        ("GEO", "Gridley"),
        ("NAME", "Gutiérrez Olvera"),
        ("NAME", "#FuerzaNacho"),
    ],
    note="family surnames (double), the town of the orchard fire that injured him, name hashtag",
)

# 62
n(
    "es",
    "anonymous_story",
    "Un trabajador de 52 años llegó con quemaduras en el 40% del cuerpo tras un incendio en una huerta. Hoy, después de 3 semanas en la unidad de quemados, regresó a casa caminando. ¡Gracias, equipo! 🔥➡️🏡 #OrgulloDeltaOaks",
    "anonymous story: an age under 90 and a duration do not identify anyone; no place named",
)

# 63
p(
    "en",
    "patient_story",
    "Gurleen Kaur Sidhu, 16, was helping her dad thin peaches on Larkin Road when the ladder slipped on June 2. After spinal surgery in Sacramento and five weeks of rehab, she's back at Yuba City High for fall semester - and now she wants to be a nurse. 🩺 #GurleenGetsUp",
    [
        ("NAME", "Gurleen Kaur Sidhu"),
        ("GEO", "Larkin Road"),
        ("DATE", "June 2"),
        ("GEO", "Yuba City"),
        ("NAME", "#GurleenGetsUp"),
    ],
    note="road and date of the fall; the school name is not an identifier but its town (Yuba City) tells where she lives; name hashtag",
)

# 64
n(
    "en",
    "staff_spotlight",
    "Congratulations to Jaspreet Kaur, RN, BSN, our Yuba City Nurse of the Year! 🏆 She started as a unit secretary in 2012 and finished her degree at night while raising three kids. Her patients say she explains everything twice, once in Punjabi and once in English.",
    "staff member; Kaur here is a staff name",
)

# 65
p(
    "en",
    "pasted_record",
    "reg screen pasted by mistake: MORENO ALVARADO, JUAN CARLOS | DOB 05/05/1984 | Medi-Cal CIN 91482207B | Anthem member ID XDJ448120937 | 2214 E Worth St, Stockton 95206 | cell (209) 555-0128",
    [
        ("NAME", "MORENO ALVARADO, JUAN CARLOS"),
        ("DATE", "05/05/1984"),
        ("HEALTH_PLAN", "91482207B"),
        ("HEALTH_PLAN", "XDJ448120937"),
        ("GEO", "2214 E Worth St"),
        ("GEO", "Stockton"),
        ("GEO", "95206"),
        ("PHONE", "(209) 555-0128"),
    ],
    note="registration screen: two health-plan numbers, DOB with year, street, city and ZIP, cell phone",
)

# 66
n(
    "en",
    "research",
    "Our Stockton Campus is joining a statewide study of San Joaquin Valley fever (coccidioidomycosis). Farmworkers, construction crews and anyone who digs in dry soil south of Sacramento is at higher risk. Adults 18+ with a recent positive test can learn more at deltaoakshealth.org/valleyfever.",
    "research news; a disease named after a region, population criteria",
)

# 67
p(
    "en",
    "discharge",
    "#teamchue #chuestrong 💪 after 19 days in the burn unit, chue went home to north highlands today!!! his little brother fue made the sign. 🔥➡️🏠",
    [
        ("NAME", "#teamchue"),
        ("NAME", "#chuestrong"),
        ("NAME", "chue"),
        ("GEO", "north highlands"),
        ("NAME", "fue"),
    ],
    note="lower-case names and name hashtags, home neighbourhood, brother's name",
)

# 68
n(
    "en",
    "health_tip",
    "Burn Awareness Week 🔥 Tip from Dr. Chue Vang, our burn surgeon: keep kids 3 feet from grills, fire pits and the pot of boiling pho or pozole. Cool a burn with cool running water for 20 minutes - never ice or butter. #BurnAwarenessWeek #TeamDeltaOaks",
    "a staff surgeon's name; awareness week; campaign hashtags",
)

# 69
p(
    "en",
    "memorial",
    "Memory eternal. 🕯️ Our longtime patient Nina Stepanovna Popova fell asleep in the Lord on the Feast of the Transfiguration, August 19, at our Stockton hospice house, surrounded by her seven children. She was ninety-eight. Вечная память.",
    [
        ("NAME", "Nina Stepanovna Popova"),
        ("DATE", "Feast of the Transfiguration"),
        ("DATE", "August 19"),
        ("AGE", "ninety-eight"),
    ],
    note="name with patronymic; the date of death written as a feast day and as a date (both labelled); age in words",
)

# 70
n(
    "en",
    "public_figure",
    "This Hmong New Year our Sacramento staff visited the exhibit honoring General Vang Pao, who was born in Nong Het, Laos, and helped resettle thousands of Hmong families in California's Central Valley after the war. A powerful afternoon for our Hmong-speaking team. 🎊",
    "historical figure: his name and birthplace are not patient identifiers",
)

# 71
p(
    "es",
    "milestone_birthday",
    "¡Noventa y nueve velitas! 🎂 Don Eleuterio Campos Ávila celebró sus 99 años el Día de Reyes en nuestra unidad de rehabilitación de Stockton. Su hija Socorro trajo rosca para todos y a la enfermera le tocó el muñequito. Don Eleuterio nació en San Juan de los Lagos y trabajó 50 años en los espárragos. 👑",
    [
        ("AGE", "Noventa y nueve"),
        ("AGE", "99"),
        ("NAME", "Eleuterio Campos Ávila"),
        ("NAME", "Eleuterio", "*"),
        ("DATE", "Día de Reyes"),
        ("NAME", "Socorro"),
        ("GEO", "San Juan de los Lagos"),
    ],
    note="age in words and digits, birthday on a feast day, daughter whose name is also a word, foreign birthplace; the unit's town is the hospital's",
)

# 72
n(
    "es",
    "public_figure",
    "¡Feliz cumpleaños a Dolores Huerta! 🌹 La gran líder campesina, que creció en Stockton y cofundó con César Chávez el sindicato de trabajadores agrícolas, cumple 94 años este 10 de abril. ¡Sí se puede!",
    "public figure of the region: her age over 89, birthday and home town are not patient identifiers",
)

# 73
p(
    "en",
    "pasted_record",
    "copy/paste from registration: Pt BAINS, AMANDEEP K  SSN ***-**-4417  DOB 8/15/1962  Medi-Cal BIC 90210447C  Emerg contact: son Rajvir 530-555-0119  email akbains62@gmail.com",
    [
        ("NAME", "BAINS, AMANDEEP K"),
        ("SSN", "***-**-4417"),
        ("DATE", "8/15/1962"),
        ("HEALTH_PLAN", "90210447C"),
        ("NAME", "Rajvir"),
        ("PHONE", "530-555-0119"),
        ("EMAIL", "akbains62@gmail.com"),
    ],
    note="partially masked SSN labelled as written; DOB, Medi-Cal card number, son's name and phone, e-mail",
)

# 74
n(
    "en",
    "milestone_birthday",
    "Happy 90th birthday to Dr. Gurdev Singh Johal, who opened the first Punjabi-speaking clinic in Yuba City in 1971 and still teaches our Thursday diabetes class! 🎉 Born on Lohri, January 13, he says the bonfire was lit for him. Thank you, Doctor Sahib!",
    "a physician volunteer aged over 89 and his birthday: not a patient",
)

# 75
p(
    "en",
    "hospital_contact",
    "Hi Olena, we're so sorry your mom's appointment was moved again. We can't discuss care here - please email patientrelations@deltaoakshealth.org or call 916-555-0123 and mention your mom, Halyna Kravets, DOB 4/2/1950, so they can find her right away. 💙",
    [
        ("NAME", "Olena"),
        ("NAME", "Halyna Kravets"),
        ("DATE", "4/2/1950"),
    ],
    note="a public reply that names the patient and her DOB by mistake; the daughter's name; the hospital's e-mail and number are not labelled",
)

# 76
n(
    "en",
    "hospital_contact",
    "Hi there! We're sorry to hear about your visit. To protect your privacy we can't discuss anyone's care here - please call Patient & Family Relations at (916) 555-0123 or email patientrelations@deltaoakshealth.org. 💙",
    "a reply that gives only the hospital's contact details",
)

# 77
p(
    "en",
    "discharge",
    'Sunny days ahead for Sunny! ☀️ Sukhwinder "Sunny" Singh Randhawa, 17, went home to Yuba City today, three weeks after a tractor rolled on him at his uncle\'s walnut farm on Bogue Road. His cousins painted his wheelchair in Warriors colors. 💛💙',
    [
        ("NAME", "Sunny", 2),
        ("NAME", 'Sukhwinder "Sunny" Singh Randhawa'),
        ("GEO", "Yuba City"),
        ("GEO", "Bogue Road"),
    ],
    note="nickname that is also a word: the first 'Sunny' is the weather (declared unlabelled), the others are the patient; full name with quoted nickname is one span; home town; road of the farm accident",
    ok=("Sunny",),
)

# 78
n(
    "en",
    "crisis_update",
    "Sunny, 104°F and smoky in Stockton today. ☀️🔥 Cooling centers are open at the Weber Point library and the Arnold Rue center until 9 pm. Big thanks to security officer Sunny Dhaliwal for handing out 600 bottles of water at our ED entrance!",
    "weather word and a staff member's name (also Sunny): not patient identifiers",
)

# 79
p(
    "en",
    "patient_story",
    "The Yang family has set up a fundraiser for their daughter Ntxawg Yang, 14, who was badly burned in the Oak Park house fire on Oct 30. We're sharing it with their permission: gofundme.com/f/ntxawg-yang-burn-recovery 💛",
    [
        ("NAME", "Yang", 1),
        ("NAME", "Ntxawg Yang"),
        ("GEO", "Oak Park"),
        ("DATE", "Oct 30"),
        ("URL", "gofundme.com/f/ntxawg-yang-burn-recovery"),
    ],
    note="family surname and patient name, neighbourhood and date of the fire, the family's fundraiser URL",
)

# 80
n(
    "en",
    "sponsor",
    "Thank you to River City Credit Union for sponsoring our Heat Safety Van this summer! 🚐 The van will visit 40 farms and packing houses across Sutter, Yuba and San Joaquin counties. Learn about their community grants at rivercitycu.org/community.",
    "a sponsor's name and URL; counties of the programme",
)

# 81
p(
    "es",
    "memorial",
    'Con mucho cariño despedimos a don Heriberto "Beto" Lozano Cárdenas, de 94 años, paciente de nuestra clínica de diálisis en Yuba City durante 12 años. Falleció el Día de Muertos, 2 de noviembre, en su casa de Marysville. Nos quedamos con sus chistes y sus corridos. 🕯️🌼',
    [
        ("NAME", 'Heriberto "Beto" Lozano Cárdenas'),
        ("AGE", "94"),
        ("DATE", "Día de Muertos"),
        ("DATE", "2 de noviembre"),
        ("GEO", "Marysville"),
    ],
    note="name with quoted nickname (one span) and double surname, age over 89, date of death as a feast and a date, home town; don excluded",
)

# 82
n(
    "es",
    "event",
    "Altar de Día de Muertos en el vestíbulo del Campus Yuba City, del 28 de octubre al 2 de noviembre. 🌼 Traigan la foto de su ser querido y una veladora. Habrá pan de muerto y chocolate el 1 de noviembre a las 5 pm.",
    "event dates; photos of the public's loved ones, not of patients",
)

# 83
p(
    "en",
    "milestone_birthday",
    "Mrs. Kaur turned 100! 🎉 Bibi Gurbachan Kaur Sandhu, a patient at our Yuba City wound clinic, celebrated her birthday on Guru Nanak Gurpurab with five generations around her. Born in a village near Jalandhar, she came to Yuba City in 1974 and raised peaches and nine kids. Her great-great-grandson Arjun, 2, helped with the candles.",
    [
        ("NAME", "Kaur", 1),
        ("AGE", "100"),
        ("NAME", "Gurbachan Kaur Sandhu"),
        ("DATE", "Guru Nanak Gurpurab"),
        ("GEO", "Jalandhar"),
        ("GEO", "Yuba City", 2),
        ("NAME", "Arjun"),
    ],
    note="'turned 100'; Bibi is a title; birthday on a gurpurab; birthplace; her home town Yuba City is GEO while the 'Yuba City wound clinic' is the hospital's (declared unlabelled)",
    ok=("Yuba City",),
)

# 84
n(
    "en",
    "statistic",
    "By the numbers: California is home to more than 6,000 people aged 100 and up. In our three counties, adults over 90 made up 2% of ED visits last year - and 9% of hospital stays. Healthy aging starts with a primary care visit: 916-555-0100.",
    "population ages and statistics",
)

# 85
p(
    "en",
    "pasted_record",
    "Trauma activation note copied to the wrong channel: Pt VALDEZ, ROGELIO, 41M, semi driver, CDL D4471203, truck VIN 1FUJGLDR9CLBP4472, rollover I-5 SB near Lodi 07/09 0330. Employer Hernández Produce Transport. Wife Marisol at 209-555-0131.",
    [
        ("NAME", "VALDEZ, ROGELIO"),
        ("LICENSE", "D4471203"),
        ("VEHICLE", "1FUJGLDR9CLBP4472"),
        ("GEO", "I-5"),
        ("GEO", "Lodi"),
        ("DATE", "07/09"),
        ("NAME", "Hernández Produce Transport"),
        ("NAME", "Marisol"),
        ("PHONE", "209-555-0131"),
    ],
    note="trauma note: driver's licence, truck VIN, road and town of the crash and its date, employer, wife's name and phone; 41M is under 90",
)

# 86
n(
    "en",
    "recruitment",
    "Now hiring: CDL Class A drivers for our mobile clinic fleet! 🚚 $32/hr, home every night, routes between Sacramento, Yuba City and Stockton. Bilingual Punjabi, Spanish or Hmong a plus. Apply at deltaoakshealth.org/careers or call 916-555-0100 ext. 4410.",
    "recruitment; a licence class, not a licence number",
)

# 87
p(
    "en",
    "patient_story",
    "Three generations of Thao women, one very lucky day 💕 Grandma Ia Thao, daughter Maiv and granddaughter Nkauj were all at the Stockton Campus on Mother's Day: Ia for her chemo, Maiv in labor, and little Nkauj along for the ride. Maiv's son Jayden arrived at 4:52 p.m.",
    [
        ("NAME", "Thao", 1),
        ("NAME", "Ia Thao"),
        ("NAME", "Ia", "*"),
        ("NAME", "Maiv", "*"),
        ("NAME", "Nkauj", "*"),
        ("DATE", "Mother's Day"),
        ("NAME", "Jayden"),
    ],
    note="three patients of one family (chemo, labor, newborn) and a relative; the birth and chemo on Mother's Day",
)

# 88
n(
    "en",
    "staff_spotlight",
    "Happy Mother's Day to the 412 moms who work at Delta Oaks! 💐 A special shout-out to L&D nurse Maiv Xiong, who is celebrating her very first Mother's Day today, and to our Stockton moms who are working a 12-hour shift instead of brunch.",
    "staff members; Mother's Day is not a patient's event here",
)

# 89
p(
    "es",
    "thank_you",
    "mil gracias a todo el equipo de la uci de sacramento!! 🙏 mi apá don chuy rangel salió hoy después de 11 días por el humo. vivimos en west sacramento y ya está en su hamaca jaja. con cariño, la familia rangel",
    [
        ("NAME", "chuy rangel"),
        ("NAME", "rangel", "*"),
        ("GEO", "west sacramento"),
    ],
    note="family message in lower case: nickname and surname, family surname, home town; the ICU's city is the hospital's",
)

# 90
n(
    "es",
    "anonymous_story",
    "Esta semana atendimos a 63 personas por problemas respiratorios por el humo, entre ellas una abuelita de 88 años que hoy ya respira mejor. 💨 Cuídense: N95, ventanas cerradas y mucha agua.",
    "statistic and an unnamed patient aged 88 (ages under 90 are not identifiers)",
)

# 91
p(
    "en",
    "milestone_birthday",
    "Our 2 East crew welcomed a brand-new nonagenarian today: Mr. Moua turned ninety on Sunday! 🎈 Xeng Moua was a combat medic in Laos before he was 20, and he still checks his own blood pressure twice a day. His wife Youa brought sticky rice and sausage for everyone.",
    [
        ("AGE", "nonagenarian"),
        ("NAME", "Moua", "*"),
        ("AGE", "ninety"),
        ("NAME", "Xeng Moua"),
        ("NAME", "Youa"),
    ],
    note="'nonagenarian' and 'ninety' are both AGE; surname with title and full name; wife's name; Sunday is a weekday",
)

# 92
n(
    "en",
    "statistic",
    "In 1975 the first Hmong refugee families arrived in California. Today the Sacramento region is home to more than 30,000 Hmong Americans, and 1 in 12 patients at our Sacramento campus prefers to speak Hmong. Our interpreters are here 24/7: (209) 555-0175.",
    "population statistics",
)

# 93
p(
    "en",
    "pasted_record",
    "Insurance card scanned into the post by mistake 😬 Member: GILL, PARAMJIT S | Member ID W4471-20938 | Group 88120 | Rx BIN 610014 | PCP: R. Sahota MD | Copay $20",
    [
        ("NAME", "GILL, PARAMJIT S"),
        ("HEALTH_PLAN", "W4471-20938"),
    ],
    note="member name and ID; the group number and Rx BIN belong to the employer plan, not the person; the PCP is a clinician",
)

# 94
n(
    "en",
    "health_tip",
    "Open enrollment tip 💳 Bring your Medi-Cal BIC card and your plan member ID card to every visit. Lost one? Call the number on the back of the card, or our financial counselors at 530-555-0110 ext. 3.",
    "names kinds of cards but gives no values",
)

# 95
p(
    "en",
    "patient_story",
    '"Just call me Mr. K." 😄 Mr. K spent 47 days in our Sacramento burn unit after the house fire on 45th Street in Oak Park on Feb. 6, and today he rang our bell with both hands. See you at clinic, Mr. K!',
    [
        ("NAME", "K", "*"),
        ("GEO", "45th Street"),
        ("GEO", "Oak Park"),
        ("DATE", "Feb. 6"),
    ],
    note="an initial used as the patient's name; street and neighbourhood of the fire; date of the injury",
)

# 96
n(
    "en",
    "staff_spotlight",
    'Shout-out to our night-shift charge nurse, known to everyone on 5 West simply as "J.T." - 30 years, three hospitals, two wildfires, one unbeatable laugh. Happy retirement, J.T.! 🎉',
    "initials of a staff member",
)

# 97
p(
    "en",
    "milestone_birthday",
    "Today our sweetest patient on 2 East, Mai Vue, celebrates her one hundred and first birthday! 🎂 She was born on August 15 in the village of Nong Het and says the secret is hot pepper and hard work. Her son Cha flew in from Minnesota. Happy birthday, Niam Tais Mai!",
    [
        ("NAME", "Mai Vue"),
        ("AGE", "one hundred and first"),
        ("DATE", "August 15"),
        ("GEO", "Nong Het"),
        ("NAME", "Cha"),
        ("NAME", "Mai", "*"),
    ],
    note="ordinal age in words (one span), birthday, foreign birthplace, son's name; Minnesota is a state; Niam Tais is a kinship title",
)

# 98
n(
    "en",
    "recruitment",
    "Adults 90 and older are the fastest-growing group in our Stockton senior clinic: 1,340 visits last year, up 18%. 👵🏻👴🏽 We're hiring geriatric nurse practitioners and Russian- and Hmong-speaking medical assistants. deltaoakshealth.org/careers",
    "population ages in a recruitment post",
)

# 99
p(
    "en",
    "hospital_contact",
    "@pahoua_moua93 so sorry your dad waited 6 hrs in our ED on 12/26 😔 pls DM us his name and dob and we'll have patient relations call you",
    [
        ("OTHER_ID", "@pahoua_moua93"),
        ("DATE", "12/26"),
    ],
    note="reply to a relative's handle (OTHER_ID) giving the date of her father's ED visit",
)

# 100
n(
    "en",
    "hospital_contact",
    "@sacvalley_runner thanks for sharing our heat safety tips with your running club! 🏃‍♀️💧 For group talks, email community@deltaoakshealth.org.",
    "a handle of a member of the public who is not presented as a patient or relative; the hospital's e-mail",
)

# 101
p(
    "es",
    "pasted_record",
    "Hoja de admisión (publicada por error): Paciente: OCHOA VILLALOBOS, MARÍA DE JESÚS · Fecha de nac.: 17/09/1957 · Expediente: 00672094 · Domicilio: 1180 calle Ralston, Yuba City · Tel. 530-555-0139 · Medi-Cal 93350718D",
    [
        ("NAME", "OCHOA VILLALOBOS, MARÍA DE JESÚS"),
        ("DATE", "17/09/1957"),
        ("MRN", "00672094"),
        ("GEO", "1180 calle Ralston"),
        ("GEO", "Yuba City"),
        ("PHONE", "530-555-0139"),
        ("HEALTH_PLAN", "93350718D"),
    ],
    note="hoja de admisión: nombre con dos apellidos, fecha de nacimiento (día/mes/año), expediente, domicilio, ciudad, teléfono, número de Medi-Cal",
)

# 102
n(
    "es",
    "hospital_contact",
    "¿Necesitas intérprete? Llama al (209) 555-0175. Tenemos intérpretes de español, hmong, punyabí, ucraniano y ruso las 24 horas, sin costo. También puedes pedirlo en mydeltaoaks.org. 🗣️",
    "only the hospital's number and domain",
)

# 103
p(
    "en",
    "birth_announcement",
    "Nplooj's New Year surprise 🎊 Nplooj Her went into labor at the Sacramento Hmong New Year festival on Dec. 29 and delivered her daughter Paj Ntaub in our ED triage room 20 minutes later. Her husband Fue Vang says the baby's first outfit will be a tiny paj ntaub jacket.",
    [
        ("NAME", "Nplooj", "*"),
        ("NAME", "Nplooj Her"),
        ("DATE", "Hmong New Year"),
        ("DATE", "Dec. 29"),
        ("NAME", "Paj Ntaub"),
        ("NAME", "Fue Vang"),
    ],
    note="clan surname Her (the sentence-initial 'Her husband' is a pronoun); the birth at Hmong New Year on Dec. 29, both labelled; the baby's name Paj Ntaub is also the name of an embroidery (lower-case 'paj ntaub jacket' is the craft)",
)

# 104
n(
    "en",
    "event",
    "Visit the Delta Oaks booth at Sacramento Hmong New Year, Dec. 27-29! 🎊 Free flu shots, blood pressure checks and Hmong-speaking nurses all three days. Nyob zoo xyoo tshiab! @DeltaOaksHealth",
    "event dates and the hospital's handle",
)

# 105
p(
    "en",
    "memorial",
    'Our Yuba City family is grieving. Jagdeep "Jag" Singh Sandhu, a driver for Feather River Freight and a father of three from Plumas Lake, died here on the 9th after a crash on Highway 70. Please keep the Sandhu family in your ardas. 🙏',
    [
        ("NAME", 'Jagdeep "Jag" Singh Sandhu'),
        ("NAME", "Feather River Freight"),
        ("GEO", "Plumas Lake"),
        ("DATE", "9th"),
        ("GEO", "Highway 70"),
        ("NAME", "Sandhu", "*"),
    ],
    note="name with quoted nickname, employer (named after a river), home town, day of month of death, road of the crash, family surname",
)

# 106
n(
    "en",
    "statistic",
    "Highway 99 and Highway 70 saw 212 truck-involved crashes in Sutter and Yuba counties last year. 🚛 Our trauma team asks every driver: rest, hydrate, buckle up, and never drive drowsy on the night run to the cannery.",
    "roads and counties in a statistic, not tied to a patient",
)

# 107
p(
    "en",
    "discharge",
    'Artem Sokolenko, 9, was diagnosed with type 1 diabetes on his birthday, November 2, and today he went home from our Sacramento pediatric unit counting carbs better than some of us. 💙 His mom Iryna says his new pump is "cooler than a phone." #T1DWarriorArtem',
    [
        ("NAME", "Artem Sokolenko"),
        ("DATE", "November 2"),
        ("NAME", "Iryna"),
        ("NAME", "#T1DWarriorArtem"),
    ],
    note="name, birthday (also the diagnosis date), mother's name, name hashtag",
)

# 108
n(
    "en",
    "eponymous_condition",
    "November is Diabetes Awareness Month. 💙 Type 1 or type 2, Hashimoto's or Addison's, our endocrine team at the Stockton Campus speaks your language. Free A1c checks on World Diabetes Day, November 14, 9-3 in the main lobby.",
    "eponymous conditions, an awareness month and an event date",
)

# 109
p(
    "en",
    "pasted_record",
    'Fwd: photo release - from svitlana.tkach@outlook.com to news@deltaoakshealth.org: "Yes, you can use the picture of Maks from January 1. Our address for the gift basket is 418 Cottage Ave, Manteca. Call me at 209-555-0166 if the courier gets lost!"',
    [
        ("EMAIL", "svitlana.tkach@outlook.com"),
        ("NAME", "Maks"),
        ("DATE", "January 1"),
        ("GEO", "418 Cottage Ave"),
        ("GEO", "Manteca"),
        ("PHONE", "209-555-0166"),
    ],
    note="a forwarded e-mail pasted by mistake: mother's e-mail, baby's nickname and birth date, home address, town, phone; the photo is only mentioned, not attached (no PHOTO); the news@ address is the hospital's",
)

# 110
n(
    "en",
    "hospital_contact",
    "Reporters: for interviews about the Bear Ridge Fire response, email news@deltaoakshealth.org or call our media line, (916) 555-0147. We will post patient counts at 10 a.m. and 4 p.m. daily. We do not release patient names without family consent.",
    "the hospital's media contacts and schedule",
)

# 111
p(
    "es",
    "birth_announcement",
    "¡El primer bebé del 16 de septiembre! 🇲🇽 Mateo Alejandro Pérez Zamudio llegó a las 2:14 a.m. del 16/09, justo en el Día de la Independencia, en nuestro Campus Stockton. Sus papás, Jazmín Zamudio y Óscar Pérez, de Lathrop, ya le compraron su trajecito de charro.",
    [
        ("DATE", "16 de septiembre"),
        ("NAME", "Mateo Alejandro Pérez Zamudio"),
        ("DATE", "16/09"),
        ("DATE", "Día de la Independencia"),
        ("NAME", "Jazmín Zamudio"),
        ("NAME", "Óscar Pérez"),
        ("GEO", "Lathrop"),
    ],
    note="birth date written three ways (Spanish date, day/month numerals, national holiday), all labelled; double surname; parents; home town",
)

# 112
n(
    "es",
    "event",
    "¡Viva México! 🇲🇽 Este 16 de septiembre acompáñanos a la feria de salud en Weber Point, Stockton: vacunas, presión arterial y chequeo de azúcar gratis, de 10 am a 2 pm. Informes al (209) 555-0118.",
    "event date and venue",
)

# 113
p(
    "en",
    "patient_story",
    "At 97, Stepan Hrytsak is the oldest patient ever to get a TAVR heart valve at our Stockton Campus. He went in on Monday, was walking Tuesday, and on Wednesday asked when he could get back to his vineyard in Acampo. 🍇 His son Mykola says the family is already planning his 98th birthday party.",
    [
        ("AGE", "97"),
        ("NAME", "Stepan Hrytsak"),
        ("GEO", "Acampo"),
        ("NAME", "Mykola"),
        ("AGE", "98th"),
    ],
    note="ages over 89 (current and upcoming), home town, son's name; weekdays are not dates",
)

# 114
n(
    "en",
    "research",
    "Is 97 too old for heart valve surgery? New data from our Stockton cardiac team: of 212 patients aged 90 and older who had TAVR here since 2018, 94% went home within 3 days. Age alone shouldn't decide. 🫀",
    "population ages and statistics; '97' is a hypothetical age, not a patient's",
)

# 115
p(
    "en",
    "thank_you",
    "Thank you, @thevangfamily_sac, for the 200 egg rolls you dropped off for 6 West to say thanks for the care Grandpa Xay received! 🥟 We miss his stories already.",
    [
        ("OTHER_ID", "@thevangfamily_sac"),
        ("NAME", "Xay"),
    ],
    note="a patient family's handle (OTHER_ID) and the patient's first name",
)

# 116
n(
    "en",
    "sponsor",
    "Thank you @SacHmongBiz for sponsoring the water stations at this year's Hmong New Year! 💧 1,800 bottles, zero heat emergencies. See you next year. @DeltaOaksHealth",
    "a business sponsor's handle and the hospital's handle",
)

# 117
p(
    "en",
    "patient_story",
    '#PRAYFORPETRO 🙏 PETRO MELNYCHUK, A WELDER AT CENTRAL VALLEY STEEL, WAS BADLY BURNED ON 6/12. AFTER 5 SURGERIES HE SPOKE HIS FIRST WORDS TODAY: "WHERE IS MY WIFE?" THE MELNYCHUK FAMILY OF RIPON THANKS EVERYONE FOR THEIR PRAYERS.',
    [
        ("NAME", "#PRAYFORPETRO"),
        ("NAME", "PETRO MELNYCHUK"),
        ("NAME", "CENTRAL VALLEY STEEL"),
        ("DATE", "6/12"),
        ("NAME", "MELNYCHUK", "*"),
        ("GEO", "RIPON"),
    ],
    note="ALL CAPS: name hashtag, name, employer, injury date, family surname, home town",
)

# 118
n(
    "en",
    "crisis_update",
    "🚨 HEAT EMERGENCY 🚨 STOCKTON AND LODI COOLING CENTERS ARE OPEN UNTIL 10 PM TONIGHT. CALL 211 FOR A RIDE. CHEST PAIN, CONFUSION OR NO SWEATING = CALL 911. NURSE LINE (916) 555-0156.",
    "ALL CAPS crisis update; cities of cooling centres; national and hospital lines",
)

# 119
p(
    "en",
    "thank_you",
    "A Sunday note from Paramjit Kaur's kitchen: 60 pinni and a card for the Yuba City dialysis team, \"for the nurses who kept my Sardar ji alive.\" Thank you, Bibi ji - we're so glad Jaswant is doing well! 🙏",
    [
        ("NAME", "Paramjit Kaur"),
        ("NAME", "Jaswant"),
    ],
    note="a patient's wife (relative) and the patient's first name; Sardar ji / Bibi ji are honorifics",
)

# 120
n(
    "en",
    "staff_spotlight",
    "A Sunday treat from our volunteer Paramjit Kaur Bhullar: 60 pinni for the Yuba City dialysis team! 🙏 Thank you, Bibi ji, for 12 years of Thursday shifts at the front desk.",
    "a volunteer's name",
)

# 121
p(
    "es",
    "pasted_record",
    'Correo reenviado por error - De: lupita.sandoval.g@gmail.com: "Buenas tardes, mi papá Fidencio Sandoval (MRN 00593310) salió el 5/8 y necesita su receta de insulina. Vivimos en 3321 Hammer Lane, Stockton. Gracias, Lupita"',
    [
        ("EMAIL", "lupita.sandoval.g@gmail.com"),
        ("NAME", "Fidencio Sandoval"),
        ("MRN", "00593310"),
        ("DATE", "5/8"),
        ("GEO", "3321 Hammer Lane"),
        ("GEO", "Stockton"),
        ("NAME", "Lupita"),
    ],
    note="correo de la hija: e-mail, nombre del paciente, MRN, fecha de alta (día/mes), domicilio y ciudad, nombre de la hija",
)

# 122
n(
    "es",
    "health_tip",
    "¿Usas insulina? 💉 Con este calor, guárdala fuera del sol y nunca la dejes en la troca. Si se congela o pasa de 86°F, ya no sirve. Preguntas a cualquier hora: (916) 555-0156.",
    "health tip with the hospital's nurse line",
)

# 123
p(
    "en",
    "patient_story",
    "Pain-free at last! 🌻 Dolores Zavala lived six years with a back injury from the tomato harvest in French Camp. Her spinal cord stimulator went in on March 19 - St. Joseph's Day, her dad José's saint's day - and last weekend she danced at her niece's quinceañera. ¡Felicidades, Dolores!",
    [
        ("NAME", "Dolores Zavala"),
        ("NAME", "Dolores", "*"),
        ("GEO", "French Camp"),
        ("DATE", "March 19"),
        ("DATE", "St. Joseph's Day"),
        ("NAME", "José"),
    ],
    note="a name that is a Spanish word (pains); place of the work injury; the surgery date as a date and a feast day; father's name",
)

# 124
n(
    "en",
    "health_tip",
    'Back pain after harvest season? Our Stockton pain clinic runs a free Spanish-language class, "Adiós a los dolores de espalda," every Thursday at 6 pm, taught by physical therapist Mercedes Ochoa, DPT. Call (209) 555-0118 to sign up. 🌱',
    "the Spanish word dolores and a staff therapist's name; the class time",
)

# 125
p(
    "en",
    "milestone_birthday",
    "100 candles for Babusya Valentyna! 🕯️ Valentyna Hrytsiuk turned 100 the day after Christmas - Dec 26 - and celebrated in our Stockton skilled nursing unit with 23 great-grandkids singing Mnohaya Lita. #Valentyna100",
    [
        ("AGE", "100", "*"),
        ("NAME", "Valentyna Hrytsiuk"),
        ("NAME", "Valentyna", "*"),
        ("DATE", "day after Christmas"),
        ("DATE", "Dec 26"),
        ("NAME", "#Valentyna100"),
    ],
    note="'100 candles' and 'turned 100' are AGE; a holiday-anchored date ('the day after Christmas', without 'the') and the date itself; Babusya is a kinship word; name hashtag",
)

# 126
n(
    "en",
    "sponsor",
    "Our longest-serving donor, Eleanor Whitfield, celebrated her 101st birthday on March 2 by writing her 40th annual check to the NICU fund. 💝 Thank you, Eleanor, for four decades of generosity! @DeltaOaksFdn",
    "a donor's name, age over 89 and birthday: not a patient",
)

# 127
p(
    "en",
    "pasted_record",
    "Records release confirmation: chart for LEE, CHUE (MRN 00384567) sent to requester fax 916-555-0144, requested by daughter Pa Lee, paleenurse@gmail.com. HIM fax (916) 555-0189.",
    [
        ("NAME", "LEE, CHUE"),
        ("MRN", "00384567"),
        ("FAX", "916-555-0144"),
        ("NAME", "Pa Lee"),
        ("EMAIL", "paleenurse@gmail.com"),
    ],
    note="records release pasted by mistake: the family's fax (FAX) vs the hospital's HIM fax (not labelled); daughter's name and e-mail",
)

# 128
n(
    "en",
    "hospital_contact",
    "Physicians' offices: send referrals for the Yuba City Campus by fax to (916) 555-0189 or call (530) 555-0110. Please leave patient names off the cover sheet. 📠",
    "the hospital's own fax and phone",
)

# 129
p(
    "en",
    "thank_you",
    'Pictured: Toua Lor, 58, with the ICU nurses who cared for him after a heat stroke while cleaning the gutters at his home in Florin on July 24. Toua wanted everyone to see "the faces who saved me." 📸💚',
    [
        ("PHOTO", "Pictured"),
        ("NAME", "Toua Lor"),
        ("NAME", "Toua", "*"),
        ("GEO", "Florin"),
        ("DATE", "July 24"),
    ],
    note="the photo shows the patient (PHOTO cue); name, home neighbourhood, date of the heat stroke",
)

# 130
n(
    "en",
    "staff_spotlight",
    "Pictured: our Stockton ICU nurses on their 100th day without a central line infection! 📸 Left to right: Olena Bilyk, RN; Mai Yang, RN; Rosa Delgado, RN; Gurpreet Dhillon, RN. Proud of you! #ZeroHarm",
    "the photo shows staff; '100th day' is a count, not an age",
)

# 131
p(
    "es",
    "discharge",
    "En la foto: Xóchitl Cruz y su bebé Aarón, que hoy salen de nuestra UCIN en Sacramento después de 71 días. Aarón nació el 14 de febrero, Día del Amor y la Amistad, con solo 1 libra 9 onzas. 💕",
    [
        ("PHOTO", "En la foto"),
        ("NAME", "Xóchitl Cruz"),
        ("NAME", "Aarón", "*"),
        ("DATE", "14 de febrero"),
        ("DATE", "Día del Amor y la Amistad"),
    ],
    note="the photo shows mother and baby; birth date written as a date and as the holiday",
)

# 132
n(
    "es",
    "event",
    "En la foto: nuestras enfermeras de la UCIN con los gorritos rojos tejidos por las voluntarias para el Día del Amor y la Amistad. 💕 ¡Gracias, tejedoras!",
    "the photo shows staff and knitted hats; the holiday is not a patient's event",
)

# 133
p(
    "en",
    "birth_announcement",
    'Say hi to the newest big sister in the Xiong clan! 👋 Four-year-old Ka Zoua, whose baby brother was born here on Sunday, made a "welcome" card for every nurse on Mother-Baby. Her mom Mee says she\'s already bossing him around. 💕',
    [
        ("NAME", "Xiong"),
        ("NAME", "Ka Zoua"),
        ("NAME", "Mee"),
    ],
    note="the newborn is unnamed but his family surname, sister's and mother's names are identifiers; Sunday is a weekday",
)

# 134
n(
    "en",
    "staff_spotlight",
    "Say hi to our youngest visitor on Take Your Child to Work Day! 👋 Four-year-old Ellie, daughter of pharmacist Kou Xiong, counted pills (candy) and wore a tiny lab coat all morning. Future PharmD? 💊",
    "a staff member's own child",
)

# 135
p(
    "en",
    "pasted_record",
    "Nursing note pasted in error: 0215 pt HRYNIUK, VERA, 96 y/o F, found on floor rm 318, no LOC, neuro checks q1h. Son Mykhailo notified at 916-555-0173.",
    [
        ("NAME", "HRYNIUK, VERA"),
        ("AGE", "96"),
        ("OTHER_ID", "rm 318"),
        ("NAME", "Mykhailo"),
        ("PHONE", "916-555-0173"),
    ],
    note="nursing note: name, age over 89, room with keyword, son's name and phone",
)

# 136
n(
    "en",
    "statistic",
    "Falls are the #1 cause of injury for adults over 65. Last year our Stockton ED treated 2,104 falls, and 11% were people aged 90 or older. Free balance classes in English, Spanish and Russian: (209) 555-0118.",
    "population ages and statistics",
)

# 137
p(
    "en",
    "birth_announcement",
    "Христос воскрес! Christ is risen! 🌸 Our Pascha baby, Sofiia Petrivna Koval, was born at 3:33 a.m. on Easter Sunday - Orthodox Easter, May 5 - at the Sacramento campus. Her parents, Petro and Nataliya, named her after her great-grandmother in Zhytomyr.",
    [
        ("DATE", "Pascha"),
        ("NAME", "Sofiia Petrivna Koval"),
        ("DATE", "Easter Sunday"),
        ("DATE", "Orthodox Easter"),
        ("DATE", "May 5"),
        ("NAME", "Petro"),
        ("NAME", "Nataliya"),
        ("GEO", "Zhytomyr"),
    ],
    note="birth day named four ways (Pascha baby, Easter Sunday, Orthodox Easter, May 5), all labelled; patronymic; parents; a relative's foreign city; the Easter greeting is not a date",
)

# 138
n(
    "en",
    "event",
    "Христос воскрес! Our chaplains will hold a Paschal service in the Sacramento chapel on Orthodox Easter, May 5, at 7 a.m., in Ukrainian, Russian and English. Kulich and pysanky for everyone. 🌸",
    "holiday and event date of a hospital service",
)

# 139
p(
    "es",
    "patient_story",
    "Doña Chayo anda en sus noventa y tantos y todavía llega solita a su diálisis en Stockton cada martes, jueves y sábado, desde Lodi. ¡Eres un ejemplo, doña Chayo! 💪",
    [
        ("NAME", "Chayo", "*"),
        ("AGE", "noventa y tantos"),
        ("GEO", "Lodi"),
    ],
    note="apodo, edad aproximada mayor de 89 ('noventa y tantos', one span), pueblo donde vive; Stockton es el campus",
)

# 140
n(
    "es",
    "event",
    "El 31 de marzo, Día de César Chávez, nuestras clínicas móviles visitarán los campos de Ripon y Escalon con chequeos gratuitos de presión y azúcar. 🦅 ¡Sí se puede!",
    "a public figure's day and the event's places",
)

# 141
p(
    "en",
    "patient_story",
    "Once a nurse, always a nurse 💙 Retired Yuba City L&D nurse Harbans Kaur Dhaliwal, 91, was admitted to our 3 West unit this week with pneumonia - and she's already correcting our IV tape technique. Get well soon, Harbans ji!",
    [
        ("NAME", "Harbans Kaur Dhaliwal"),
        ("AGE", "91"),
        ("NAME", "Harbans", "*"),
    ],
    note="a former staff member who is now the patient: labelled as a patient; age over 89",
)

# 142
n(
    "en",
    "eponymous_condition",
    "March 21 is World Down Syndrome Day 🧦🧦 Our pediatric cardiology team in Sacramento cares for kids with Down syndrome, Tetralogy of Fallot and Hirschsprung's disease. Wear mismatched socks and tag @DeltaOaksHealth!",
    "eponymous conditions and an awareness day",
)

# 143
p(
    "en",
    "patient_story",
    "#PrayForYeng update from the family: he's off the ventilator and squeezing hands! 🙌 Thank you to everyone who shared, prayed and brought food to the waiting room. #PrayForYeng #YengStrong",
    [
        ("NAME", "#PrayForYeng", "*"),
        ("NAME", "#YengStrong"),
    ],
    note="the patient's name appears only in hashtags",
)

# 144
n(
    "en",
    "campaign_hashtag",
    "#PrayForRain 🌧️ Day 9 of smoke in the valley. Keep windows shut, run the AC on recirculate, and check on neighbors. #SmokeSafety #StocktonStrong #DeltaOaksStrong",
    "campaign hashtags, one with a city name",
)

# 145
p(
    "en",
    "pasted_record",
    "Security incident (internal, posted in error): 0412 visitor vehicle CA plate 7MKZ219, white Camry, blocking ambulance bay; owner is father of NICU bed 14, RAMIREZ baby girl. Dad Victor Ramírez, cell 916-555-0108.",
    [
        ("VEHICLE", "7MKZ219"),
        ("OTHER_ID", "bed 14"),
        ("NAME", "RAMIREZ"),
        ("NAME", "Victor Ramírez"),
        ("PHONE", "916-555-0108"),
    ],
    note="incident log: the father's plate, the baby's bed with keyword, family surname, father's name and cell",
)

# 146
n(
    "en",
    "staff_spotlight",
    "Medic 14 and Engine 7 crews, thank you for 214 transports to our Stockton ED last month! 🚑 Room 12 of the EMS lounge is stocked with coffee and burritos 24/7.",
    "ambulance units and a staff room, not tied to a patient",
)

# 147
p(
    "en",
    "patient_story",
    "Kim Thao-Vang had a stroke on the packing floor at Valley Gold Almonds on April 2. Her coworkers knew the signs - face drooping, arm weakness, slurred speech - and called 911 within minutes. Today Kim is back home in Galt, walking with a cane. BE FAST saves lives. 🧠",
    [
        ("NAME", "Kim Thao-Vang"),
        ("NAME", "Valley Gold Almonds"),
        ("DATE", "April 2"),
        ("NAME", "Kim", "*"),
        ("GEO", "Galt"),
    ],
    note="hyphenated surname, employer, date of the stroke, home town",
)

# 148
n(
    "en",
    "health_tip",
    "BE FAST: Balance, Eyes, Face, Arms, Speech, Time. 🧠 May is Stroke Awareness Month - learn the signs in Hmong, Punjabi, Spanish, Ukrainian and Russian at deltaoakshealth.org/stroke.",
    "awareness month (May is the month, not a name)",
)

# 149
p(
    "en",
    "milestone_birthday",
    "one hundred and three years young 🥳 happy birthday to our friend xai yang from the stockton dialysis unit! born on the first day of the hmong new year, she says every new year party is secretly hers 😂",
    [
        ("AGE", "one hundred and three"),
        ("NAME", "xai yang"),
        ("DATE", "first day of the hmong new year"),
    ],
    note="lower case: age in words, name, birth date as a festival day; 'new year party' is generic",
)

# 150
n(
    "en",
    "statistic",
    "one hundred days without a patient fall on 3 east 🥳 that's 2,400 hours of bed alarms, hourly rounding and non-slip socks. so proud of this team!",
    "a count of days, not an age",
)

# 151
p(
    "en",
    "pasted_record",
    'MyDeltaOaks message (pasted by mistake): "Sat Sri Akal, this is Navneet Kaur Grewal, granddaughter of Kartar Singh Grewal (MRN 00928451). Bapu ji is 93 and can\'t come in to Yuba City for his labs on 10/15 - can a nurse come to the house on Garden Highway? My number is 530-555-0126, email navneet.grewal@yahoo.com"',
    [
        ("NAME", "Navneet Kaur Grewal"),
        ("NAME", "Kartar Singh Grewal"),
        ("MRN", "00928451"),
        ("AGE", "93"),
        ("DATE", "10/15"),
        ("GEO", "Garden Highway"),
        ("PHONE", "530-555-0126"),
        ("EMAIL", "navneet.grewal@yahoo.com"),
    ],
    note="portal message: granddaughter's name, phone and e-mail; patient's name, MRN, age over 89, lab date, home road; Yuba City is where the hospital's lab is",
)

# 152
n(
    "en",
    "hospital_contact",
    "DM us your questions! 💬 Our social media team can't see medical records, so please don't send us MRNs, birthdates or photos of your wristband. For records, fax (916) 555-0189 or log in at mydeltaoaks.org.",
    "names kinds of identifiers without values; the hospital's fax and domain",
)

# 153
p(
    "en",
    "patient_story",
    "After losing their home in Paradise and starting over in Gridley, the Bondar family thought they'd seen enough fire. Then on Aug. 11, 8-year-old Milana Bondar was burned by a brush-fire ember in the backyard. Three weeks later she's home, and her mom says the burn unit nurses turned a nightmare into \"a little paradise.\" 🦋",
    [
        ("GEO", "Paradise"),
        ("GEO", "Gridley"),
        ("NAME", "Bondar", "*"),
        ("DATE", "Aug. 11"),
        ("NAME", "Milana Bondar"),
    ],
    note="a town that is also a word (capitalised Paradise is the family's former home, lower-case paradise is a word), current town, family surname, date of the burn",
)

# 154
n(
    "en",
    "anonymous_story",
    "Six years after the Camp Fire destroyed Paradise, our Yuba City Campus still cares for survivors every week: smoke-damaged lungs, burns that need more surgery, and grief that doesn't follow a calendar. Free counseling for fire survivors: (530) 555-0110. 🧡",
    "a town named for a public disaster, not tied to an identified patient",
)

# 155
p(
    "en",
    "milestone_birthday",
    "On the hottest day of the year (108°F!) our coolest patient turned 99: Lidiya Kuzmenko of Citrus Heights, who celebrated on 4 West with her church choir singing hymns in Russian. Her great-grandson Timofey brought his accordion. 🎶",
    [
        ("AGE", "99"),
        ("NAME", "Lidiya Kuzmenko"),
        ("GEO", "Citrus Heights"),
        ("NAME", "Timofey"),
    ],
    note="'turned 99', name, home town, great-grandson's name; 'hottest day of the year' is relative",
)

# 156
n(
    "en",
    "event",
    "Huge thanks to the youth choir of a Slavic evangelical church in Rancho Cordova for singing carols on every floor of our Sacramento campus on Orthodox Christmas, January 7! 🎄 Pastor Viktor Lysenko, your group is welcome back any time.",
    "a volunteer choir's visit: holiday and date of the event, a pastor's name",
)

# 157
p(
    "es",
    "pasted_record",
    'Mensaje de WhatsApp pegado por error: "Buenas, soy Yesenia, esposa de Ramón Aguilar Nava. Su número de cuenta es 7730012245 y su expediente 00718342. ¿Me pueden mandar la factura a yesi.aguilar.n@hotmail.com? Mi número: 209-555-0182."',
    [
        ("NAME", "Yesenia"),
        ("NAME", "Ramón Aguilar Nava"),
        ("ACCOUNT", "7730012245"),
        ("MRN", "00718342"),
        ("EMAIL", "yesi.aguilar.n@hotmail.com"),
        ("PHONE", "209-555-0182"),
    ],
    note="mensaje de la esposa: nombres, número de cuenta, expediente, correo y teléfono",
)

# 158
n(
    "es",
    "hospital_contact",
    "¿Preguntas sobre tu factura? Llama a Servicios Financieros al (916) 555-0100, opción 3, o escribe a facturacion@deltaoakshealth.org. Por favor, nunca publiques tu número de cuenta en redes sociales. 🔒",
    "only the hospital's number and e-mail",
)

# 159
p(
    "en",
    "patient_story",
    "Follow Ruslan's journey! 🏍️ After his motorcycle crash on Jackson Road on Feb 14, Ruslan Tkachuk lost his left leg below the knee. Today he took his first steps on his new prosthetic, and he's documenting every one at @ruslan_rides_again.",
    [
        ("NAME", "Ruslan", "*"),
        ("NAME", "Ruslan Tkachuk"),
        ("GEO", "Jackson Road"),
        ("DATE", "Feb 14"),
        ("OTHER_ID", "@ruslan_rides_again"),
    ],
    note="name, road and date of the crash, the patient's own social handle (OTHER_ID)",
)

# 160
n(
    "en",
    "staff_spotlight",
    "Follow our chief nursing officer @NurseMaiVang for daily tips on heat, smoke and sleep during fire season - in English and Hmong! 🔥😷 She's been a Delta Oaks nurse for 22 years.",
    "a staff member's handle",
)

# 161
p(
    "en",
    "anonymous_story",
    "A grandmother from Lockeford spent her 60th wedding anniversary in our cardiac ICU on June 30 - so the nurses brought the anniversary to her: cake, candles, and her husband of 60 years in his best suit. 💍",
    [
        ("GEO", "Lockeford"),
        ("DATE", "June 30"),
    ],
    note="unnamed patient, but her home town and the date of her anniversary in the ICU are identifiers",
)

# 162
n(
    "en",
    "anonymous_story",
    "One of our cardiac ICU patients spent her 60th wedding anniversary with us this week, so the night shift brought the party to her bedside: cake, candles and a husband in his best suit. 💍 Love lives here.",
    "anonymous: no place, no date, no age over 89",
)

# 163
p(
    "en",
    "discharge",
    "P.H., 15, asked us to use only her initials, but she wanted everyone to know: after six weeks in our Sacramento adolescent unit for an eating disorder, she's going home to Elk Grove today, and she's proud of herself. 💜 So are we.",
    [
        ("NAME", "P.H."),
        ("GEO", "Elk Grove"),
    ],
    note="initials used as the patient's name; home town",
)

# 164
n(
    "en",
    "health_tip",
    "Eating disorders don't have a look, an age or a language. Our adolescent program now offers family sessions in Hmong, Punjabi, Spanish and Russian. Call 916-555-0100 ext. 6120. P.S. Recovery is possible. 💜 #EDAwarenessWeek",
    "P.S. is not an initial; awareness hashtag",
)

# 165
p(
    "es",
    "milestone_birthday",
    '¡Cien años de vida! 💐 Doña Hermelinda Quiroz Baeza, a quien todos llaman "Mamá Linda", cumplió un siglo el Jueves Santo, 28 de marzo, en nuestra unidad de cuidados paliativos de Stockton. Nació en Tangancícuaro, Michoacán, y crió 11 hijos en Manteca.',
    [
        ("AGE", "Cien"),
        ("NAME", "Hermelinda Quiroz Baeza"),
        ("NAME", "Linda"),
        ("AGE", "un siglo"),
        ("DATE", "Jueves Santo"),
        ("DATE", "28 de marzo"),
        ("GEO", "Tangancícuaro"),
        ("GEO", "Manteca"),
    ],
    note="edad en palabras ('Cien', 'un siglo'), apodo (Mamá excluido), cumpleaños como fiesta religiosa y como fecha, pueblo natal y ciudad; Michoacán es un estado",
)

# 166
n(
    "es",
    "statistic",
    "¿Sabías que en el Valle Central viven más de 900 personas centenarias? 🎂 Su secreto, dicen: frijoles, familia y caminar todos los días. Cuida tu corazón con un chequeo gratis: (209) 555-0118.",
    "population statistic ('personas centenarias' is a group, not a patient)",
)

# 167
p(
    "en",
    "pasted_record",
    "Biomed ticket pasted here by mistake 🙃 Insulin pump SN 72-118-4405 returned by family of pt MOUA, KAYING (MRN 00561298), room 7 Peds. Contact mom Houa at houa.moua.fam@gmail.com re: loaner.",
    [
        ("DEVICE", "72-118-4405"),
        ("NAME", "MOUA, KAYING"),
        ("MRN", "00561298"),
        ("OTHER_ID", "room 7"),
        ("NAME", "Houa"),
        ("EMAIL", "houa.moua.fam@gmail.com"),
    ],
    note="device serial, name, MRN, room with keyword (unit excluded), mother's name and e-mail",
)

# 168
n(
    "en",
    "health_tip",
    "Insulin pump users: if your pump's retainer ring looks cracked or loose, stop using it and call the manufacturer. Not sure? Bring it to our Stockton diabetes clinic - no appointment needed. (209) 555-0118.",
    "device advice without any serial number",
)

# 169
p(
    "en",
    "thank_you",
    'Дякуємо! 🙏 Our Ukrainian-speaking nurse Olha translated this note from the Shevchuk family: "Our son Artur was born 13.07 with his heart on the wrong side. After three surgeries in Sacramento he is home in Carmichael and eats like a bear."',
    [
        ("NAME", "Shevchuk"),
        ("NAME", "Artur"),
        ("DATE", "13.07"),
        ("GEO", "Carmichael"),
    ],
    note="birth date in European day.month form; family surname, name, home town; Olha is staff",
)

# 170
n(
    "en",
    "staff_spotlight",
    "Happy birthday to our Ukrainian-speaking nurse Olha Marchenko - 13.07 for our European friends, 7/13 for everyone else! 🎂 Olha has translated more than 2,000 family meetings since 2022.",
    "a staff member's birthday",
)

# 171
p(
    "en",
    "patient_story",
    "Meet the Her family's hero: the mail carrier who found 82-year-old Chong Her on the floor of his home on Gerber Road on Jan. 17 and called 911. Chong is home from 5 West now, and his grandchildren want to thank her in person. Rosa, you're a legend! 📬",
    [
        ("NAME", "Her", 1),
        ("NAME", "Chong Her"),
        ("NAME", "Chong", "*"),
        ("GEO", "Gerber Road"),
        ("DATE", "Jan. 17"),
    ],
    note="clan surname Her as a family name, patient's name, home street, date of the fall; the mail carrier is neither patient nor relative; 82 is under 90",
)

# 172
n(
    "en",
    "anonymous_story",
    "Shout-out to the Stockton mail carrier who spotted a neighbor on the floor through a window and called 911 - that's how it's done. 📬💙 Check on your older neighbors during heat waves.",
    "anonymous story",
)

# 173
p(
    "en",
    "memorial",
    "Forever our little warrior. 🦋 Baby Aylin Ortiz Beltrán was born on the 2nd and earned her wings on the 8th in our NICU, held by her parents Karina and Luis. The family asked us to share her name so she is never forgotten. #AylinsWings",
    [
        ("NAME", "Aylin Ortiz Beltrán"),
        ("DATE", "2nd"),
        ("DATE", "8th"),
        ("NAME", "Karina"),
        ("NAME", "Luis"),
        ("NAME", "#AylinsWings"),
    ],
    note="days of the month alone for birth and death; parents; name hashtag",
)

# 174
n(
    "en",
    "memorial",
    "October 15 is Pregnancy and Infant Loss Remembrance Day. 🕯️ At 7 p.m. our Sacramento chapel will join the worldwide Wave of Light. All families are welcome, and our chaplains will be there.",
    "remembrance day and event time",
)

# 175
p(
    "en",
    "patient_story",
    "Replying to @HmongTimesSac: Yes! Our own Dr. Tou Lee did the surgery on Mr. Lee (no relation 😄). Yeng Lee, 67, of Meadowview, is recovering well after his liver transplant on October 3.",
    [
        ("NAME", "Lee", 2),
        ("NAME", "Yeng Lee"),
        ("GEO", "Meadowview"),
        ("DATE", "October 3"),
    ],
    note="patient and surgeon share the clan name Lee: the surgeon's 'Lee' is declared unlabelled; a news outlet's handle is not labelled",
    ok=("Lee",),
)

# 176
n(
    "en",
    "statistic",
    "Lee, Moua, Vang, Xiong, Yang, Thao, Her... 💙 Did you know our Sacramento campus has 61 nurses from the Hmong clans? This Hmong Heritage Month we're celebrating every one of them.",
    "clan names as a list of staff surnames, not tied to a patient",
)

# 177
p(
    "es",
    "discharge",
    "¡Ya se va a casa Kevin! 🌞 Kevin Álvarez Solís, de 19 años, se desmayó por el calor el 16 de junio, Día del Padre, mientras trabajaba en los viñedos de Lodi para Viñedos San Isidro. Su papá, don Wenceslao, no se separó de él ni un día.",
    [
        ("NAME", "Kevin", "*"),
        ("NAME", "Kevin Álvarez Solís"),
        ("DATE", "16 de junio"),
        ("DATE", "Día del Padre"),
        ("GEO", "Lodi"),
        ("NAME", "Viñedos San Isidro"),
        ("NAME", "Wenceslao"),
    ],
    note="fecha del golpe de calor como fecha y como Día del Padre; lugar de trabajo; empleador; nombre del papá; 19 años no es identificador",
)

# 178
n(
    "es",
    "event",
    "¡Feliz Día del Padre a todos los papás que trabajan en Delta Oaks! 👨‍👧 Hoy, 16 de junio, el café es gratis en las cafeterías de Sacramento, Yuba City y Stockton.",
    "holiday and staff event",
)

# 179
p(
    "en",
    "pasted_record",
    "Audit alert (posted in error): user vyang_home logged in to MyDeltaOaks from IP 198.51.100.23 and downloaded records for VANG, YER (MRN 00811574) and her son VANG, TOUA; 2FA code sent to yer.vang.sac@gmail.com",
    [
        ("OTHER_ID", "vyang_home"),
        ("IP", "198.51.100.23"),
        ("NAME", "VANG, YER"),
        ("MRN", "00811574"),
        ("NAME", "VANG, TOUA"),
        ("EMAIL", "yer.vang.sac@gmail.com"),
    ],
    note="portal user name, IP, two patients' names, MRN, e-mail",
)

# 180
n(
    "en",
    "hospital_contact",
    "Scheduled maintenance: MyDeltaOaks (mydeltaoaks.org) will be down Sunday 2-4 a.m. for security updates. 🔧 Never share your login or your 2FA code - we will never ask for it.",
    "the hospital's portal notice",
)

# 181
p(
    "en",
    "discharge",
    "Born in May, home by July 💚 NICU grad Nadiya Boyko spent her first nine weeks with us and left today wearing a tiny embroidered vyshyvanka. Parents Andriy and Oksana Boyko of Antelope say their whole church is waiting to meet Nadiya. 🌻",
    [
        ("DATE", "May"),
        ("DATE", "July"),
        ("NAME", "Nadiya Boyko"),
        ("NAME", "Nadiya", "*"),
        ("NAME", "Andriy"),
        ("NAME", "Oksana Boyko"),
        ("GEO", "Antelope"),
    ],
    note="months alone tied to birth and discharge; a town that is also a word (Antelope)",
)

# 182
n(
    "en",
    "statistic",
    "From May to July our Sacramento NICU cared for 84 babies born before 32 weeks, and 79 of them are already home. 💚 Thank you, NICU team!",
    "months of a statistic, not tied to a patient",
)

# 183
p(
    "en",
    "patient_story",
    'What a reunion! 💛 Jaswinder and Kuldeep Bains of Sutter brought their son Harman, born here at 26 weeks, back to meet the NICU nurses who nicknamed him "Tiny Tiger." Harman is now a 5-year-old who runs everywhere.',
    [
        ("NAME", "Jaswinder"),
        ("NAME", "Kuldeep Bains"),
        ("GEO", "Sutter"),
        ("NAME", "Harman", "*"),
        ("NAME", "Tiny Tiger"),
    ],
    note="parents' names, home town Sutter (also a county and a historical name), patient's name and nickname",
)

# 184
n(
    "en",
    "public_figure",
    "Heart Walk at Sutter's Fort, Saturday Feb 3! ❤️ Walk where John Sutter built his fort in 1839, then stop by our tent for free blood pressure checks. Register at deltaoakshealth.org/heartwalk.",
    "a historical figure and a venue named after him; event date",
)

# 185
p(
    "en",
    "pasted_record",
    "Eligibility check pasted by mistake: KOZLOV, ANATOLY | Medicare MBI 1EG4-TE5-MK72 | supplement plan ID SCA448120 | DOB 09/09/1949 | PCP: Stockton Senior Clinic",
    [
        ("NAME", "KOZLOV, ANATOLY"),
        ("HEALTH_PLAN", "1EG4-TE5-MK72"),
        ("HEALTH_PLAN", "SCA448120"),
        ("DATE", "09/09/1949"),
    ],
    note="Medicare beneficiary identifier and a second plan ID, name, DOB; the clinic is the hospital's",
)

# 186
n(
    "en",
    "health_tip",
    "Turning 65? 📬 New Medicare cards use an 11-character MBI instead of your Social Security number. Never give it to callers you don't know. Free Medicare counseling: (916) 555-0100 ext. 2300.",
    "describes an identifier format without a value",
)

# 187
p(
    "en",
    "patient_story",
    "Lupe Ayala, 44, has picked cherries in Linden for 25 seasons. On May 28 she fell from a 16-foot ladder and shattered her wrist. After two surgeries at our Stockton Campus, Lupe squeezed her husband Tino's hand with it today. 🍒",
    [
        ("NAME", "Lupe Ayala"),
        ("NAME", "Lupe", "*"),
        ("GEO", "Linden"),
        ("DATE", "May 28"),
        ("NAME", "Tino"),
    ],
    note="a town that is also a tree name; date of the fall; husband's name",
)

# 188
n(
    "en",
    "statistic",
    "Ladder safety for cherry season 🍒 Three points of contact, never stand on the top rung, and set the tripod leg uphill. Our Stockton trauma team treated 61 ladder falls last season.",
    "safety tip and statistic",
)

# 189
p(
    "es",
    "pasted_record",
    "Etiqueta de pulsera copiada por error: PULSERA 4471-0932 · CAMA 7 · LÓPEZ HUERTA, ABIGAIL · F.N. 02/04/2019 · EXP. 00447819 · ALERGIA: PENICILINA",
    [
        ("OTHER_ID", "4471-0932"),
        ("OTHER_ID", "CAMA 7"),
        ("NAME", "LÓPEZ HUERTA, ABIGAIL"),
        ("DATE", "02/04/2019"),
        ("MRN", "00447819"),
    ],
    note="pulsera: número de pulsera, cama con la palabra clave, nombre, fecha de nacimiento, expediente",
)

# 190
n(
    "es",
    "staff_spotlight",
    "Conoce a nuestra enfermera Maricruz López, que cumple 25 años en la UCIN de Sacramento el 2 de abril. 👶 ¡Más de 3,000 bebés han pasado por sus manos! Gracias, Maricruz.",
    "empleada: su nombre y aniversario no son identificadores de un paciente",
)

# 191
p(
    "en",
    "birth_announcement",
    "Four generations in one room! 👶👵 When baby Amrit Kaur Gill arrived at our Yuba City Birth Center on Lohri, her great-grandmother Bebe Surjit Kaur, 96, was the first to hold her. 🔥🪁",
    [
        ("NAME", "Amrit Kaur Gill"),
        ("DATE", "Lohri"),
        ("NAME", "Surjit Kaur"),
        ("AGE", "96"),
    ],
    note="birth on Lohri; a relative's name and her age over 89 (relative's age is labelled); Bebe is a kinship word",
)

# 192
n(
    "en",
    "milestone_birthday",
    "Our ED tech Simar Gill flew home to Punjab for his great-grandmother's 96th birthday! 🎂 Bebe Gurdip Kaur still milks her own buffalo every morning. Happy birthday from the Yuba City ED, Bebe ji!",
    "a staff member's own relative: her age and name are not patient identifiers",
)

# 193
p(
    "en",
    "pasted_record",
    "export row (oops): 2024-06-18,THAO,NOU,F,1962-11-30,MRN 00675502,heat exhaustion,916-555-0114,nou.thao.62@gmail.com",
    [
        ("DATE", "2024-06-18"),
        ("NAME", "THAO,NOU"),
        ("DATE", "1962-11-30"),
        ("MRN", "00675502"),
        ("PHONE", "916-555-0114"),
        ("EMAIL", "nou.thao.62@gmail.com"),
    ],
    note="a CSV row: visit date and DOB in ISO form (year attached), name, MRN, phone, e-mail",
)

# 194
n(
    "en",
    "statistic",
    "Heat illness ED visits, June 1-30: Sacramento 212 | Yuba City 97 | Stockton 148. Peak day: June 18, with 41 visits. 🌡️ Drink water before you're thirsty.",
    "aggregate counts; the dates are of a statistic",
)

# 195
p(
    "en",
    "thank_you",
    '❤️ From the comments: "my grandpa Mykola Lysak was on your 2 West unit for his 95th birthday and the nurses sang to him in ukrainian. i cried. thank you" - Katya',
    [
        ("NAME", "Mykola Lysak"),
        ("AGE", "95th"),
        ("NAME", "Katya"),
    ],
    note="patient's name and age over 89 (ordinal), granddaughter's name",
)

# 196
n(
    "en",
    "thank_you",
    '❤️ From the comments: "the night nurse on 2 West, Oksana, sang to every patient on Christmas Eve. you hired an angel." We agree! 😇',
    "praise of a staff member; Christmas Eve is not a patient's event here",
)

# 197
p(
    "en",
    "patient_story",
    "Whoever is in room 214 at our Stockton Campus: your grandkids just drew you a 30-foot chalk heart in the parking lot 💛 We can see it from every floor!",
    [
        ("OTHER_ID", "room 214"),
    ],
    note="unnamed patient identified by room number (with keyword)",
)

# 198
n(
    "en",
    "anonymous_story",
    "Someone's grandkids drew a 30-foot chalk heart in our Stockton parking lot today 💛 We can see it from every floor. Whoever you are: thank you.",
    "anonymous: no room, no name",
)

# 199
p(
    "es",
    "birth_announcement",
    "¡Nació el 10 de mayo! 💐 La bebé Valentina Chávez Mora llegó el mero Día de las Madres, y su mamá, Araceli Mora, dice que es el mejor regalo de su vida. Saludos a toda la familia en Manteca y en Apatzingán. 🌸",
    [
        ("DATE", "10 de mayo"),
        ("NAME", "Valentina Chávez Mora"),
        ("DATE", "Día de las Madres"),
        ("NAME", "Araceli Mora"),
        ("GEO", "Manteca"),
        ("GEO", "Apatzingán"),
    ],
    note="fecha de nacimiento como fecha y como Día de las Madres; nombres; ciudades de la familia",
)

# 200
n(
    "es",
    "event",
    "Feliz Día de las Madres 💐 Este 10 de mayo regalaremos una rosa a cada mamá que visite nuestros hospitales de Sacramento, Yuba City y Stockton.",
    "holiday and event date",
)

# 201
p(
    "en",
    "pasted_record",
    '[portal msg, pasted] to: Dr. Xiong | from: maiv.chang.sac@gmail.com | "My mother-in-law Youa Chang (MRN 00764420) is 92 and her appointment on 3/27 conflicts with her ua neeb ceremony. Can we move it? Call me at 916-555-0193. - Maiv"',
    [
        ("EMAIL", "maiv.chang.sac@gmail.com"),
        ("NAME", "Youa Chang"),
        ("MRN", "00764420"),
        ("AGE", "92"),
        ("DATE", "3/27"),
        ("PHONE", "916-555-0193"),
        ("NAME", "Maiv"),
    ],
    note="portal message: relative's e-mail, phone and name; patient's name, MRN, age over 89, appointment date; Dr. Xiong is staff",
)

# 202
n(
    "en",
    "health_tip",
    "Respecting traditional healing 🌿 Our Sacramento campus welcomes Hmong shamans (txiv neeb) for bedside ceremonies. Ask your nurse, or call Patient & Family Relations at 916-555-0123 to arrange one.",
    "general information and the hospital's number",
)

# 203
p(
    "en",
    "milestone_birthday",
    'HAPPY 90TH BIRTHDAY, GRANDPA TONY! 🎉 Antonio "Tony" Barajas, our favorite retired cannery foreman, celebrated on Cinco de Mayo at the cardiac rehab gym with 90 push-ups. Okay, 9. Okay, 3. 💪',
    [
        ("AGE", "90TH"),
        ("NAME", "TONY"),
        ("NAME", 'Antonio "Tony" Barajas'),
        ("DATE", "Cinco de Mayo"),
    ],
    note="ALL CAPS ordinal age and nickname, full name with quoted nickname, birthday on Cinco de Mayo; '90 push-ups' is a count",
)

# 204
n(
    "en",
    "event",
    "Cinco de Mayo health fair at the Stockton Campus! 🎉 Free A1c, blood pressure and vision checks, folklórico at noon, and aguas frescas all day. May 5, 10 a.m.-3 p.m., 3300 Delta Harbor Drive.",
    "holiday and event at the hospital's address",
)

# 205
p(
    "en",
    "patient_story",
    "From the ICU to the wedding stage! 💍 Three weeks after his heart attack, Manjit Singh Grewal was there to see his daughter Rupinder marry on Aug. 24 in Yuba City. His cardiologist approved the bhangra - in moderation. 🕺",
    [
        ("NAME", "Manjit Singh Grewal"),
        ("NAME", "Rupinder"),
        ("DATE", "Aug. 24"),
        ("GEO", "Yuba City"),
    ],
    note="patient and daughter; the date and town of the daughter's wedding (a relative's event) are labelled",
)

# 206
n(
    "en",
    "staff_spotlight",
    "Congratulations to ICU nurse Rupinder Kaur and Dr. Sam Grewal, who got married on Aug. 24 in Yuba City! 💍 They met on night shift in 2019 over a very bad vending machine samosa.",
    "staff members' wedding date and town",
)

# 207
p(
    "en",
    "pasted_record",
    "registration screenshot text: Name ZHUK, OLEKSANDR | SSN 612-55-0143 | Address 5120 Auburn Blvd #12, Sacramento CA 95841 | Phone 916-555-0178 | Email ozhuk.trucking@gmail.com",
    [
        ("NAME", "ZHUK, OLEKSANDR"),
        ("SSN", "612-55-0143"),
        ("GEO", "5120 Auburn Blvd #12"),
        ("GEO", "Sacramento"),
        ("GEO", "95841"),
        ("PHONE", "916-555-0178"),
        ("EMAIL", "ozhuk.trucking@gmail.com"),
    ],
    note="full SSN, street with unit, city and ZIP (CA is a state), phone, e-mail",
)

# 208
n(
    "en",
    "hospital_contact",
    "SCAM ALERT 🚨 Delta Oaks will never call or text you to ask for your Social Security number. If someone does, hang up and call us at 916-555-0100. Report phishing to security@deltaoakshealth.org.",
    "the hospital's number and e-mail",
)

# 209
p(
    "en",
    "discharge",
    "grandma pa chia is 94 and she just beat covid for the second time 💪 she went home to her son's house in south sac on the 21st. nyob zoo, pog!",
    [
        ("NAME", "pa chia"),
        ("AGE", "94"),
        ("GEO", "south sac"),
        ("DATE", "21st"),
    ],
    note="lower case: name, age over 89, neighbourhood (abbreviated), day of month of discharge; pog is a kinship word",
)

# 210
n(
    "en",
    "crisis_update",
    "COVID update: 18 patients hospitalized across our three campuses today, 6 of them over 90. Updated vaccines at every campus, no appointment needed. 💉",
    "population ages in a crisis update",
)

# 211
p(
    "es",
    "patient_story",
    "#TodosConMarisol 💛 marisol sigue en la uci de stockton después del choque en la carretera 4 cerca de linden el 3 de marzo. su familia pide oraciones. 🙏",
    [
        ("NAME", "#TodosConMarisol"),
        ("NAME", "marisol"),
        ("GEO", "carretera 4"),
        ("GEO", "linden"),
        ("DATE", "3 de marzo"),
    ],
    note="minúsculas: hashtag con nombre, nombre, carretera y pueblo del choque, fecha; la uci de stockton es del hospital",
)

# 212
n(
    "es",
    "statistic",
    "En 2023 hubo 1,120 choques en la carretera 99 entre Stockton y Sacramento. 🚗 Usa el cinturón, deja el celular y descansa si manejas de noche.",
    "estadística; carretera y ciudades no ligadas a un paciente",
)

# 213
p(
    "en",
    "patient_story",
    "Updates on Olena's recovery are at caringbridge.org/visit/olenamartynenko - her family asked us to share the link with everyone who has been praying for her. 💐",
    [
        ("NAME", "Olena"),
        ("URL", "caringbridge.org/visit/olenamartynenko"),
    ],
    note="patient's first name and her family's CaringBridge URL",
)

# 214
n(
    "en",
    "health_tip",
    "Caring for someone after a stroke? Free family guides at stroke.org and deltaoakshealth.org/stroke-family, plus a support group every second Tuesday in Stockton. 🧠",
    "resource URLs, not a patient's",
)

# 215
p(
    "en",
    "pasted_record",
    "PEDS census (posted by accident) - Rm 6 LEE, BAO, 4y, MRN 00590017, asthma, mom Chia 916-555-0146 | Rm 8 SINGH, KARAN, 11y, appy POD1",
    [
        ("OTHER_ID", "Rm 6"),
        ("NAME", "LEE, BAO"),
        ("MRN", "00590017"),
        ("NAME", "Chia"),
        ("PHONE", "916-555-0146"),
        ("OTHER_ID", "Rm 8"),
        ("NAME", "SINGH, KARAN"),
    ],
    note="census: rooms with keyword, two patients' names, MRN, mother's name and phone",
)

# 216
n(
    "en",
    "statistic",
    "Today's census: 612 patients across our three campuses, 41 babies in the NICU, and one very tired CEO doing rounds with coffee. ☕",
    "counts only",
)

# 217
p(
    "en",
    "patient_story",
    "Our Nochebuena miracle 🎄 Joaquín Reyes collapsed while making tamales with his family in Lathrop on Christmas Eve. His 14-year-old granddaughter Abril did CPR until the ambulance came. Today Joaquín went home - and he wants Abril to teach the whole family CPR.",
    [
        ("DATE", "Nochebuena"),
        ("NAME", "Joaquín Reyes"),
        ("NAME", "Joaquín", "*"),
        ("GEO", "Lathrop"),
        ("DATE", "Christmas Eve"),
        ("NAME", "Abril", "*"),
    ],
    note="the day of the cardiac arrest named twice (Nochebuena, Christmas Eve); granddaughter whose name is also a month in Spanish",
)

# 218
n(
    "en",
    "event",
    "Learn CPR in one hour! 🫀 Free hands-only CPR classes in English and Spanish every first Saturday at our Stockton Campus. Sign up: (209) 555-0118.",
    "event notice",
)

# 219
p(
    "en",
    "birth_announcement",
    "Summer Her, 6 lb 2 oz, arrived on July 5 - the hottest day of the summer so far (111°F!) - and her big sisters Autumn and Winter couldn't be happier. 🌞🍂❄️",
    [
        ("NAME", "Summer Her"),
        ("DATE", "July 5"),
        ("NAME", "Autumn"),
        ("NAME", "Winter"),
    ],
    note="names that are seasons and the clan surname Her; birth date; lower-case summer is a word and seasons are not dates",
)

# 220
n(
    "en",
    "statistic",
    "Summer in Sacramento: 111°F on July 5, the hottest day in three years. 🌞 Our EDs saw 74 heat-related visits that day. Winter can't come soon enough!",
    "weather statistics; Summer/Winter are seasons here",
)

# 221
p(
    "en",
    "pasted_record",
    "Billing dispute screenshot (posted in error): Guarantor: Oksana Boyko | Patient: Nadiya Boyko | Acct 8830045121 | Blue Shield ID XEH884120553 | Balance $412.18",
    [
        ("NAME", "Oksana Boyko"),
        ("NAME", "Nadiya Boyko"),
        ("ACCOUNT", "8830045121"),
        ("HEALTH_PLAN", "XEH884120553"),
    ],
    note="guarantor (parent) and patient names, account and plan numbers",
)

# 222
n(
    "en",
    "hospital_contact",
    "Got a bill that doesn't look right? Our billing team speaks six languages. Call 916-555-0100, option 3 - and please don't post your account number in the comments! 🙏",
    "the hospital's number",
)

# 223
p(
    "en",
    "memorial",
    "We are saddened by the loss of Nhia Pao Lee, a patient of our Stockton cancer center for 12 years, who passed on Jan. 29. His family will hold his funeral Feb. 7-10 and welcomes all who knew him. Ua tsaug, Txiv Nhia Pao, for your courage. 🕊️",
    [
        ("NAME", "Nhia Pao Lee"),
        ("NAME", "Nhia Pao", "*"),
        ("DATE", "Jan. 29"),
        ("DATE", "Feb. 7-10"),
    ],
    note="date of death and the funeral dates (tied to the patient); Txiv is a kinship title",
)

# 224
n(
    "en",
    "public_figure",
    "We remember Didar Singh Bains, the Yuba City farmer known as California's Peach King, who helped make our valley home to one of the largest Sikh communities outside India. His legacy lives on at every Nagar Kirtan. 🍑",
    "a public figure of the region",
)

# 225
p(
    "en",
    "patient_story",
    "Artyom Kuzmin, 23, a lineman for Valley Power Co-op, was injured restoring lines in Yuba County on Sept. 12. His mom Galina drove from Sacramento every single day for 18 days. Today he went home - and asked when he can go back to work. ⚡",
    [
        ("NAME", "Artyom Kuzmin"),
        ("NAME", "Valley Power Co-op"),
        ("GEO", "Yuba County"),
        ("DATE", "Sept. 12"),
        ("NAME", "Galina"),
        ("GEO", "Sacramento"),
    ],
    note="employer, county and date of the injury, mother's name and her home city",
)

# 226
n(
    "en",
    "event",
    "April 18 is National Lineworker Appreciation Day ⚡ Thank you to the crews who kept our three hospitals powered through fire season.",
    "awareness day",
)

# 227
p(
    "es",
    "milestone_birthday",
    "¡Felices 92, don Goyo! 🎂 Don Gregorio Nava Uribe cumplió 92 años el pasado 12 de octubre y lo festejó con mariachi en nuestra sala de rehabilitación de Stockton. Trabajó 40 años en Del Valle Packing, la empacadora de tomate.",
    [
        ("AGE", "92", "*"),
        ("NAME", "Goyo"),
        ("NAME", "Gregorio Nava Uribe"),
        ("DATE", "12 de octubre"),
        ("NAME", "Del Valle Packing"),
    ],
    note="edad mayor de 89 dos veces, apodo, nombre, cumpleaños, empleador",
)

# 228
n(
    "es",
    "event",
    "Clase de baile para adultos de 60 a 100 años 💃 Todos los miércoles a las 10 am en el Campus Stockton. ¡Cumbia, danzón y mucha risa! Informes: (209) 555-0118.",
    "edades de la población invitada",
)

# 229
p(
    "en",
    "birth_announcement",
    'Meet the Zepeda-Ruelas family of Stockton: six kids, two parents and one brand-new baby sister, Itzayana, who arrived at 3 a.m. Tuesday. Her siblings have already nicknamed her "Yaya." 👶',
    [
        ("NAME", "Zepeda-Ruelas"),
        ("GEO", "Stockton"),
        ("NAME", "Itzayana"),
        ("NAME", "Yaya"),
    ],
    note="hyphenated family surname, home city, name and nickname; Tuesday is a weekday",
)

# 230
n(
    "en",
    "staff_spotlight",
    "Meet the Delgado family: mom Rosa (ICU), dad Manny (security) and daughter Carla (pharmacy) - three Delta Oaks employees under one roof! 💙 #DeltaOaksFamily",
    "a family of staff members",
)

# 231
p(
    "en",
    "birth_announcement",
    "Our Halloween baby came dressed as a pumpkin 🎃 Bohdan Yurchenko arrived 10/31 at 11:59 p.m. - one minute before All Saints' Day - to Inna and Serhiy Yurchenko. Sweetest treat of the night!",
    [
        ("DATE", "Halloween"),
        ("NAME", "Bohdan Yurchenko"),
        ("DATE", "10/31"),
        ("NAME", "Inna"),
        ("NAME", "Serhiy Yurchenko"),
    ],
    note="birth on Halloween (holiday and numeric date); All Saints' Day is the next day, not the birth date, and is not labelled",
)

# 232
n(
    "en",
    "event",
    "Trick-or-treat on the pediatric floor! 🎃 Our Sacramento peds unit hosts a costume parade on Halloween at 3 p.m. Staff, come dressed up!",
    "holiday event",
)

# 233
p(
    "en",
    "patient_story",
    "Found in our ED after the I-80 pileup: a wallet with a California driver license for GURJEET SINGH, DL Y8827130. If you are the family of Gurjeet Singh, the driver hurt in the Dec. 2 crash, please come to the Sacramento ED front desk.",
    [
        ("NAME", "GURJEET SINGH"),
        ("LICENSE", "Y8827130"),
        ("NAME", "Gurjeet Singh"),
        ("DATE", "Dec. 2"),
        ("GEO", "I-80"),
    ],
    note="name in caps and mixed case, driver licence number, date and road of the crash",
)

# 234
n(
    "en",
    "health_tip",
    "Drivers: keep a card with your emergency contacts and medication list in your wallet, right next to your license. 🪪 It helps our ED reach your family fast.",
    "advice mentioning a licence without any number",
)

# 235
p(
    "en",
    "patient_story",
    'The Gridley High varsity team signed a football for their lineman Jesús "Chuy" Arreola, 17, who is recovering in our Sacramento trauma unit after an ATV crash on Oct. 5. 🏈 Get well soon, big man!',
    [
        ("GEO", "Gridley"),
        ("NAME", 'Jesús "Chuy" Arreola'),
        ("DATE", "Oct. 5"),
    ],
    note="the school's town tells where the patient lives (GEO; the school name itself is not an identifier); name with quoted nickname; crash date",
)

# 236
n(
    "en",
    "event",
    "Friday night lights 🏈 Our sports medicine team will be on the sidelines at Gridley, Live Oak and Yuba City high school games all season. Concussion? Sit it out and get checked.",
    "event venues",
)

# 237
p(
    "es",
    "pasted_record",
    'Formulario de contacto (publicado por error): Nombre: Ernestina Vega Ruelas · Correo: tina.vega.r@gmail.com · Tel: (530) 555-0157 · Mensaje: "Mi hijo Luis Ángel tuvo su cirugía el 18 de abril y todavía tiene fiebre."',
    [
        ("NAME", "Ernestina Vega Ruelas"),
        ("EMAIL", "tina.vega.r@gmail.com"),
        ("PHONE", "(530) 555-0157"),
        ("NAME", "Luis Ángel"),
        ("DATE", "18 de abril"),
    ],
    note="formulario: nombre, correo y teléfono de la mamá, nombre del hijo, fecha de la cirugía",
)

# 238
n(
    "es",
    "hospital_contact",
    "¿Tienes una pregunta? Usa el formulario en deltaoakshealth.org/contacto o llama al (530) 555-0110. Por tu privacidad, no compartas datos médicos en los comentarios. 🙏",
    "el dominio y teléfono del hospital",
)

# 239
p(
    "en",
    "milestone_birthday",
    'Meet our newest centenarian! 💯 Ka Lia Yang of Del Paso Heights turned 100 on Friday and says she has outlived "three countries\' worth of trouble." Her grandson Pheng organized a pig roast in the hospital courtyard.',
    [
        ("AGE", "centenarian"),
        ("NAME", "Ka Lia Yang"),
        ("GEO", "Del Paso Heights"),
        ("AGE", "100"),
        ("NAME", "Pheng"),
    ],
    note="'centenarian' and 'turned 100' are AGE; home neighbourhood; grandson; Friday is a weekday",
)

# 240
n(
    "en",
    "event",
    "Fun fact: the valley oak in our Sacramento courtyard is a centenarian too - planted in 1921! 🌳 Join us under its branches for our Arbor Day picnic, March 7.",
    "'centenarian' describes a tree; event date",
)

if __name__ == "__main__":
    S.main("phi_dev83_source")
