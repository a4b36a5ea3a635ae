package cn.bizhao.service.account;

import cn.bizhao.service.station.StationInfo;

/** What the first start asks for: the first administrator and the station's identity. */
public record FirstAdministrator(String login, String displayName, char[] password, char[] repeatedPassword,
                                 StationInfo station) {
}
