package org.pathways.identity.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a teacher gives to open an account; school, district, state and ZIP are optional. */
public record SignUp(
    @NotBlank(message = "{identity.email.required}")
        @Email(message = "{identity.email.invalid}")
        @Size(max = 254, message = "{identity.email.invalid}")
        String email,
    @NotBlank(message = "{identity.password.required}") String password,
    @NotBlank(message = "{identity.name.required}")
        @Size(max = 120, message = "{identity.name.size}")
        String name,
    @Size(max = 160, message = "{identity.school.size}") String school,
    @Size(max = 160, message = "{identity.district.size}") String district,
    @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{identity.state.invalid}") String state,
    @Pattern(regexp = "^$|^\\d{5}(-\\d{4})?$", message = "{identity.zip.invalid}") String zip) {}
