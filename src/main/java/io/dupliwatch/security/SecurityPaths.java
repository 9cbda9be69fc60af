package io.dupliwatch.security;

/** URLs the security feature serves or refers to. */
final class SecurityPaths {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String CHANGE_PASSWORD = "/account/password";
    static final String USERS_PAGE = "/settings/users";
    static final String TOKENS_PAGE = "/settings/tokens";
    static final String AUDIT_PAGE = "/settings/audit";
    /** The language switch: a cookie of this browser, offered on the login page too. */
    static final String LANGUAGE = "/language";
    /** Forms that change only the signed-in user's own preferences (theme, language), remembered by the browser. */
    static final String[] OWN_PREFERENCES = {"/settings/display"};

    private SecurityPaths() {
    }
}
