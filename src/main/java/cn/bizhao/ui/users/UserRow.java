package cn.bizhao.ui.users;

import cn.bizhao.domain.user.User;

/** One line of the users table, in the words shown; the user it stands for stays with it. */
public record UserRow(User user, String login, String displayName, String roles, String state, String password) {
}
