from django import forms

from socialcare.models import Organisation


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "x_handle"]

    def clean_x_handle(self) -> str:
        handle = self.cleaned_data["x_handle"].lstrip("@")
        if not handle.replace("_", "").isalnum():
            raise forms.ValidationError("Use letters, digits and underscores only.")
        return handle
