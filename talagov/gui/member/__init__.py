# SPDX-License-Identifier: GPL-3.0-or-later
"""A member's own TalaGov: the cooperative's shared folder, read at home, with no database.

The window joins the organisation from the folder (the member compares its fingerprint
with the one printed on their convocation), then shows their voting key, the meetings
the secretary published, the archives, and writes what the member does (a certificate
request, a proxy, ballots) into the member install's own directory of the folder.
"""
