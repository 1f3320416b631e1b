from django import forms

from socialcare.models import Organisation


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [
            "name",
            "x_handle",
            "review_policy",
            "phone_numbers",
            "addresses",
            "domains",
            "handles",
        ]
        widgets = {
            "phone_numbers": forms.Textarea(attrs={"rows": 3}),
            "addresses": forms.Textarea(attrs={"rows": 3}),
            "domains": forms.Textarea(attrs={"rows": 2}),
            "handles": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "phone_numbers": "The hospital's own numbers, one per line: the PHI scanner "
            "never flags them.",
        }

    def clean_x_handle(self) -> str:
        handle = self.cleaned_data["x_handle"].lstrip("@")
        if not handle.replace("_", "").isalnum():
            raise forms.ValidationError("Use letters, digits and underscores only.")
        return handle
