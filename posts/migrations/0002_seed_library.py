"""The topic taxonomy and a starter content library of health-tip templates."""

from django.db import migrations
from django.utils.text import slugify

TOPICS = [
    "Flu and respiratory",
    "Vaccines",
    "Heart health",
    "Diabetes",
    "Cancer screening",
    "Mental health",
    "Maternity and newborn",
    "Nutrition and fitness",
    "Emergency and crisis",
    "Hospital news",
    "Events",
    "Recruitment",
]

TEMPLATES = [
    (
        "Flu shot reminder",
        "Flu and respiratory",
        "Seasonal reminder for walk-in flu shots.",
        "Flu season is here. A flu shot is the best way to protect yourself and the people "
        "you love. Walk-in flu shots are free for everyone 6 months and older at our "
        "outpatient clinic, Monday to Friday, 8am to 6pm. No appointment needed.",
        "#FluSeason #GetVaccinated",
    ),
    (
        "Cover your cough",
        "Flu and respiratory",
        "Simple habits that stop the spread of colds and flu.",
        "Cold and flu germs spread fast. Cough or sneeze into your elbow, wash your hands "
        "for 20 seconds, and stay home when you feel sick. Small habits keep our whole "
        "community healthier.",
        "#HealthyHabits",
    ),
    (
        "Childhood vaccines catch-up",
        "Vaccines",
        "Back-to-school vaccine reminder for parents.",
        "Is your child up to date on vaccines? School starts soon. Check your child's record "
        "with your pediatrician and book a catch-up visit if a dose was missed. Vaccines are "
        "safe, tested and protect the whole class.",
        "#BackToSchool #Vaccines",
    ),
    (
        "Heart Month tip",
        "Heart health",
        "February is American Heart Month.",
        "February is American Heart Month. Know the signs of a heart attack: chest pain or "
        "pressure, shortness of breath, pain in the arm, jaw or back, and cold sweats. "
        "Call 911 right away. Every minute counts.",
        "#HeartMonth #KnowTheSigns",
    ),
    (
        "Know your blood pressure",
        "Heart health",
        "Encourage regular blood pressure checks.",
        "High blood pressure often has no symptoms. Get it checked at least once a year. "
        "Free blood pressure checks are available in our main lobby every Wednesday.",
        "#HeartHealth",
    ),
    (
        "Diabetes warning signs",
        "Diabetes",
        "Plain-language list of early signs.",
        "Feeling very thirsty, peeing often, or tired all the time? These can be early signs "
        "of diabetes. A simple blood test can tell. Talk to your doctor, especially if "
        "diabetes runs in your family.",
        "#DiabetesAwareness",
    ),
    (
        "Colon cancer screening at 45",
        "Cancer screening",
        "Screening age reminder.",
        "Colon cancer screening now starts at age 45. Screening finds problems early, when "
        "they are easier to treat. Ask your doctor which test is right for you.",
        "#ScreeningSavesLives",
    ),
    (
        "Mental health check-in",
        "Mental health",
        "Supportive message with crisis line.",
        "It is okay not to be okay. If you are struggling, talk to someone you trust. If you "
        "are in crisis, call or text 988, the Suicide and Crisis Lifeline, any time, day or "
        "night.",
        "#MentalHealthMatters #988",
    ),
    (
        "Safe sleep for babies",
        "Maternity and newborn",
        "ABCs of safe sleep.",
        "Safe sleep is as easy as ABC: babies should sleep Alone, on their Back, in a Crib. "
        "Keep blankets, pillows and toys out of the crib. Ask our maternity team if you have "
        "questions.",
        "#SafeSleep",
    ),
    (
        "Move more this week",
        "Nutrition and fitness",
        "Activity guideline in plain words.",
        "Adults need about 150 minutes of activity a week. That is just 30 minutes, five days "
        "a week. A brisk walk counts. Start small and build up.",
        "#MoveMore",
    ),
    (
        "Community health fair",
        "Events",
        "Event notice: fill in the date, time and place.",
        "Join us for our free community health fair on [date] from [time] at [place]. Free "
        "screenings, healthy cooking demos and activities for kids. Everyone is welcome.",
        "#CommunityHealth",
    ),
    (
        "We are hiring nurses",
        "Recruitment",
        "Recruitment post for nursing roles.",
        "Join a team that cares. We are hiring registered nurses for day and night shifts, "
        "with tuition support and a sign-on bonus. Apply today and grow your career with us.",
        "#NursingJobs #NowHiring",
    ),
]


def seed(apps, schema_editor):
    Topic = apps.get_model("posts", "Topic")
    ContentTemplate = apps.get_model("posts", "ContentTemplate")
    topics = {}
    for name in TOPICS:
        topics[name], _ = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    for name, topic, description, body, hashtags in TEMPLATES:
        ContentTemplate.objects.get_or_create(
            name=name,
            defaults={
                "topic": topics[topic],
                "description": description,
                "body": body,
                "hashtags": hashtags,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("posts", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
