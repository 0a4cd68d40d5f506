package org.rightsregistry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.Startup;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsregistry.common.error.ApiException;

/**
 * Tokens: created by an admin, shown once, stored as a SHA-256 hash, expiring and revocable. The first admin is
 * the secret in {@code REGISTRY_ADMIN_TOKEN}; without it there is no admin and the API serves public reads only.
 * Created at start, so that a first admin's secret that is too short stops the start instead of failing each request.
 */
@Startup
@ApplicationScoped
public class TokenService {

    /** The name under which the configured first admin acts. */
    public static final String BOOTSTRAP_ADMIN = "admin";
    static final int MIN_SECRET_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @param id stable and not secret: the token's id, or {@link #BOOTSTRAP_ADMIN} for the configured first admin */
    record Identity(String id, String name, Role role) {
    }

    private final EntityManager em;
    private final Optional<String> adminHash;

    public TokenService(EntityManager em, @ConfigProperty(name = "registry.admin-token") Optional<String> adminToken) {
        this.em = em;
        if (adminToken.isPresent() && !adminToken.get().isBlank() && adminToken.get().strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("REGISTRY_ADMIN_TOKEN must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
        this.adminHash = adminToken.filter(t -> !t.isBlank()).map(t -> hash(t.strip()));
    }

    @Transactional
    public Optional<Identity> authenticate(String secret) {
        if (secret.isEmpty() || secret.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(secret);
        if (adminHash.isPresent() && MessageDigest.isEqual(adminHash.get().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Identity(BOOTSTRAP_ADMIN, BOOTSTRAP_ADMIN, Role.admin));
        }
        return em.createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", hash).getResultStream()
                .filter(t -> t.isValidAt(Instant.now()))
                .findFirst()
                .map(t -> new Identity(t.getId().toString(), t.getName(), t.getRole()));
    }

    @Transactional
    public TokenResponse create(TokenRequest request, String createdBy) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw ApiException.rule("expiresAt", "must be in the future");
        }
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = "rr_" + HexFormat.of().formatHex(random);
        ApiToken token = new ApiToken(UUID.randomUUID(), request.name().strip(), request.role(), hash(secret), now, createdBy,
                request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS));
        em.persist(token);
        return TokenResponse.from(token, secret);
    }

    @Transactional
    public List<TokenResponse> list() {
        return em.createQuery("select t from ApiToken t order by t.createdAt, t.id", ApiToken.class).getResultStream()
                .map(t -> TokenResponse.from(t, null)).toList();
    }

    @Transactional
    public void revoke(UUID id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw ApiException.notFound("token");
        }
        if (token.getRevokedAt() == null) {
            token.revoke(Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
