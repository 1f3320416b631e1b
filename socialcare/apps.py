from django.apps import AppConfig


class SocialcareConfig(AppConfig):
    name = "socialcare"
    verbose_name = "SocialCare"
