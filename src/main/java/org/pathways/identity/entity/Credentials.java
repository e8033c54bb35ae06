package org.pathways.identity.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An email and a password, as typed at sign-in. */
public record Credentials(
    @NotBlank(message = "{identity.email.required}")
        @Size(max = 254, message = "{identity.email.invalid}")
        String email,
    @NotBlank(message = "{identity.password.required}")
        @Size(max = 512, message = "{identity.password.size}")
        String password) {}
