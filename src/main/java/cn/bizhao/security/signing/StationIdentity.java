package cn.bizhao.security.signing;

import cn.bizhao.domain.DomainException;

/**
 * Who signs: the recognition institution (机构) and the station (工作站) within it, as they appear
 * in the signing certificate's subject.
 */
public record StationIdentity(String institution, String station) {
    public StationIdentity {
        institution = requireText(institution, "security.identity.institutionMissing");
        station = requireText(station, "security.identity.stationMissing");
    }

    private static String requireText(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(messageKey);
        }
        return value.strip();
    }
}
