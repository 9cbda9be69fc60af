package io.dupliwatch.security;

/** URLs the security feature serves or refers to. */
final class SecurityPaths {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String CHANGE_PASSWORD = "/account/password";
    static final String USERS_PAGE = "/settings/users";
    static final String TOKENS_PAGE = "/settings/tokens";
    static final String AUDIT_PAGE = "/settings/audit";
    /** Forms that change only the signed-in user's own preferences (language, theme), remembered by the browser. */
    static final String[] OWN_PREFERENCES = {"/language", "/settings/display"};

    private SecurityPaths() {
    }
}
