package io.dupliwatch.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/tokens}: create (value shown once), list, revoke. Admin only, by the URL rules. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokensController {

    record CreateTokenRequest(String name, List<String> scopes) {
    }

    record CreatedTokenResponse(ApiToken token, String value) {
    }

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiToken> list() {
        return tokens.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedTokenResponse create(@RequestBody CreateTokenRequest request, Authentication caller) {
        ApiTokens.IssuedToken issued = tokens.issue(request.name(), Scope.parseAll(request.scopes()), caller.getName());
        return new CreatedTokenResponse(issued.token(), issued.value());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
